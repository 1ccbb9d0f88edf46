import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Download, Pencil, Trash2 } from "lucide-react";
import { canModule } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { builderQuery } from "@/lib/reports/builder/address";
import { deleteReportForm } from "@/lib/reports/builder/actions";
import { runBuilder } from "@/lib/reports/builder/run";
import { runnableReport } from "@/lib/reports/builder/saved";
import { translatorFor } from "@/lib/reports/run";
import { tableViewOf } from "@/lib/reports/table";
import { ReportOutput } from "@/components/reports/report-output";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

/** A saved report, run for whoever opens it (owner or a colleague it is shared with) in their own scope. */
export default async function SavedReportPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "fr";
  const user = await requireUser();
  const found = await runnableReport(id, user);
  if (!found) notFound();
  const sp = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const view = tableViewOf(sp);
  const table = await runBuilder(found.spec, user, view, locale);
  if (!table) notFound();
  const t = translatorFor(locale);
  const viewQuery = new URLSearchParams({ dir: view.dir, ...(view.sort ? { sort: view.sort } : {}), ...(view.order.length ? { cols: view.order.join(",") } : {}) });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm"><Link href="/reports" className="text-brand-600 hover:underline dark:text-brand-100">{t("reports.back")}</Link></p>
          <h1 className="text-2xl font-semibold">{found.row.name}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t(`modules.${found.spec.module}.name`)}
            {" · "}
            {found.owned ? t(found.sharedWith.length ? "reports.builder.sharedCount" : "reports.builder.private", { count: found.sharedWith.length }) : t("reports.builder.sharedBy", { name: found.row.owner.name })}
          </p>
          {sp.get("saved") === "1" && <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{t("reports.builder.savedMessage")}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          {(await canModule(user, found.spec.module, "export")) && (
            <a href={`/api/reports/saved/${found.row.id}?${viewQuery}&lang=${locale}`} className="btn btn-secondary" download>
              <Download className="size-4" aria-hidden /> {t("reports.exportCsv")}
            </a>
          )}
          {found.owned && (
            <>
              <Link href={`/reports/builder?${builderQuery(found.spec, { id: found.row.id })}`} className="btn btn-secondary">
                <Pencil className="size-4" aria-hidden /> {t("reports.builder.edit")}
              </Link>
              <form action={deleteReportForm}>
                <input type="hidden" name="id" value={found.row.id} />
                <button type="submit" className="btn btn-secondary">
                  <Trash2 className="size-4" aria-hidden /> {t("reports.builder.delete")}
                </button>
              </form>
            </>
          )}
        </div>
      </div>
      {table.capped && <p className="text-sm text-slate-600 dark:text-slate-400">{t("reports.builder.capped")}</p>}
      <ReportOutput title={found.row.name} table={table} view={view} path={`/reports/saved/${found.row.id}`} query={new URLSearchParams()} locale={locale} t={t} />
    </div>
  );
}
