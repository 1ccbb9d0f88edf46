import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Download } from "lucide-react";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { picklistOptions } from "@/lib/records/picklists";
import { builtInReport, mayUseReport } from "@/lib/reports/catalog";
import { reportQuery } from "@/lib/reports/params";
import { runReport, translatorFor } from "@/lib/reports/run";
import { ReportParamsForm } from "@/components/reports/report-params-form";
import { ReportOutput } from "@/components/reports/report-output";

type Props = { params: Promise<{ locale: string; report: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const report = builtInReport((await params).report);
  const t = await getTranslations("reports");
  return { title: report ? t(`builtIn.${report.key}.title` as never) : t("title") };
}

const searchOf = (sp: Record<string, string | string[] | undefined>) =>
  new URLSearchParams(Object.entries(sp).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));

/** One built-in report: parameters, the chart where it helps, the table with its totals, and the CSV. */
export default async function BuiltInReportPage({ params, searchParams }: Props) {
  const { locale: rawLocale, report: key } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "fr";
  const user = await requireUser();
  const report = builtInReport(key);
  if (!report || !(await mayUseReport(user, report, "read"))) notFound();
  const sp = searchOf(await searchParams);
  const [table, users, programs, services, canExport] = await Promise.all([
    runReport(report, user, locale, sp),
    db.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    picklistOptions("programs", locale),
    picklistOptions("services", locale),
    mayUseReport(user, report, "export"),
  ]);
  const t = translatorFor(locale);
  const title = t(`reports.builtIn.${report.key}.title`);
  const query = reportQuery(table.params);
  const viewQuery = new URLSearchParams(query);
  if (table.view.sort) viewQuery.set("sort", table.view.sort);
  viewQuery.set("dir", table.view.dir);
  if (table.view.order.length) viewQuery.set("cols", table.view.order.join(","));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm"><Link href="/reports" className="text-brand-600 hover:underline dark:text-brand-100">{t("reports.back")}</Link></p>
          <h1 className="text-2xl font-semibold">{title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t(`reports.builtIn.${report.key}.description`)}</p>
          <p className="text-sm font-medium" data-testid="report-period">{t("reports.periodShown", { from: table.params.period.from, to: table.params.period.to })}</p>
        </div>
        {canExport && (
          <a href={`/api/reports/${report.key}?${viewQuery}&lang=${locale}`} className="btn btn-secondary" download>
            <Download className="size-4" aria-hidden /> {t("reports.exportCsv")}
          </a>
        )}
      </div>
      <ReportParamsForm
        params={table.params}
        show={report.params}
        view={table.view}
        options={{ staff: users.map((u) => ({ value: u.id, label: u.name })), program: programs, service: services }}
        t={(k) => t(k)}
      />
      <ReportOutput title={title} table={table} view={table.view} path={`/reports/${report.key}`} query={query} locale={locale} t={t} />
    </div>
  );
}
