import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { RecordLink } from "@/lib/records/bookmarks";

/** « Dernières consultations » in the right panel. */
export async function RecentlyViewed({ items }: { items: RecordLink[] }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="recent-heading" className="min-w-0 space-y-2">
      <h2 id="recent-heading" className="text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">
        {t("shell.recentlyViewed")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">{t("shell.noRecent")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {items.map((r) => (
            <li key={`${r.module}:${r.id}`}>
              <Link href={`/${r.module}/${r.id}`} className="line-clamp-3 text-brand-600 wrap-anywhere hover:underline dark:text-brand-100">
                {r.title}
              </Link>
              <span className="text-xs text-slate-500 dark:text-slate-400">{t(`modules.${r.module}.singular` as never)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
