import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { VisitRow } from "@/lib/visits/queries";

/**
 * Visits as staff read them: time, the client (a link to the client's file), reason, and the visitor's comment
 * as plain text (React escapes it: markup typed at the kiosk shows as text).
 */
export async function VisitList({ visits, showDate = false, showClient = true }: { visits: VisitRow[]; showDate?: boolean; showClient?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("visits"), getFormatter()]);
  if (visits.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
      {visits.map((v) => (
        <li key={v.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-[var(--row-y)]">
          <time dateTime={v.visitedAt.toISOString()} className="shrink-0 tabular-nums text-slate-600 dark:text-slate-400">
            {format.dateTime(v.visitedAt, showDate ? { dateStyle: "medium", timeStyle: "short" } : { timeStyle: "short" })}
          </time>
          {showClient && (
            <Link href={`/clients/${v.clientId}`} className="min-w-0 font-medium wrap-anywhere text-brand-700 hover:underline dark:text-brand-100">
              {v.clientName || t("unnamed")}
            </Link>
          )}
          <span className="min-w-0 wrap-anywhere">{v.reason}</span>
          {v.comment && <span className="w-full min-w-0 whitespace-pre-line wrap-anywhere text-slate-600 dark:text-slate-400">{v.comment}</span>}
        </li>
      ))}
    </ul>
  );
}
