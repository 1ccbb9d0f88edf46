import { getLocale } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { builtInReport, mayUseReport } from "@/lib/reports/catalog";
import { runReport, translatorFor } from "@/lib/reports/run";
import { BarChart } from "@/components/reports/bar-chart";

/** Dashlet « Clients servis ce mois-ci »: the built-in report's chart, with its total in words. */
export async function ServedChartDashlet({ user }: { user: CurrentUser }) {
  const locale = (await getLocale()) === "en" ? "en" : "fr";
  const t = translatorFor(locale);
  const report = builtInReport("clients-served")!;
  if (!(await mayUseReport(user, report, "read"))) return null;
  const table = await runReport(report, user, locale, new URLSearchParams({ period: "thisMonth", sort: "served", dir: "desc" }));
  return (
    <section className="card" aria-labelledby="dashlet-served">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id="dashlet-served" className="font-semibold">{t("dashlets.servedThisMonth")}</h2>
        <Link href="/reports/clients-served?period=thisMonth" className="shrink-0 text-sm text-brand-600 hover:underline dark:text-brand-100">{t("dashlets.openReport")}</Link>
      </div>
      <p className="text-sm">{t("dashlets.servedTotal", { count: table.totals.served ?? 0, created: table.totals.new ?? 0 })}</p>
      {table.rows.length > 0 && <BarChart rows={table.rows} label="group" value="served" title={t("reports.by.clientStatus")} />}
    </section>
  );
}
