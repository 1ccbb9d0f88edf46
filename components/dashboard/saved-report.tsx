import { getLocale } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { runBuilder } from "@/lib/reports/builder/run";
import { runnableReport } from "@/lib/reports/builder/saved";
import { columnLabel, translatorFor } from "@/lib/reports/run";
import { tableViewOf } from "@/lib/reports/table";

const SHOWN = 8;

/** A saved report as a dashlet: its first rows (or groups, largest first) and a link to the whole report. */
export async function SavedReportDashlet({ user, id }: { user: CurrentUser; id: string }) {
  const found = await runnableReport(id, user);
  if (!found) return null;
  const locale = (await getLocale()) === "en" ? "en" : "fr";
  const t = translatorFor(locale);
  const view = tableViewOf(new URLSearchParams(found.spec.groupBy ? { sort: "count", dir: "desc" } : {}));
  const table = await runBuilder(found.spec, user, view, locale);
  if (!table) return null;
  const number = new Intl.NumberFormat(locale);
  const headingId = `dashlet-report-${id}`;
  return (
    <section className="card overflow-x-auto" aria-labelledby={headingId}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold">{found.row.name}</h2>
        <Link href={`/reports/saved/${id}`} className="shrink-0 text-sm text-brand-600 hover:underline dark:text-brand-100">{t("dashlets.openReport")}</Link>
      </div>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr>{table.columns.map((c) => <th key={c.key} scope="col" className={`py-1 pr-2 font-semibold ${c.numeric ? "text-right" : ""}`}>{columnLabel(c, t)}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {table.rows.slice(0, SHOWN).map((r, i) => (
            <tr key={i}>{table.columns.map((c) => <td key={c.key} className={`py-1 pr-2 ${c.numeric ? "text-right tabular-nums" : ""}`}>{typeof r[c.key] === "number" ? number.format(r[c.key] as number) : String(r[c.key] ?? "")}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {table.rows.length > SHOWN && <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t("dashlets.more", { count: table.rows.length - SHOWN })}</p>}
    </section>
  );
}
