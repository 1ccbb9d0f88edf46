import { getTranslations, setRequestLocale } from "next-intl/server";
import { canModule, hiddenFields } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { searchParamsOf } from "@/lib/list-tools/query";
import { MODULES, MODULE_KEYS, modelOf, type ModuleKey } from "@/lib/modules/registry";
import { parseFilters, type RawSearch } from "@/lib/records/filters";
import { allOf, builderQuery, firstOf } from "@/lib/reports/builder/address";
import { saveReportForm } from "@/lib/reports/builder/actions";
import { runBuilder } from "@/lib/reports/builder/run";
import { cleanSpec, columnFields, criterionFields, groupFields } from "@/lib/reports/builder/spec";
import { runnableReport } from "@/lib/reports/builder/saved";
import { translatorFor } from "@/lib/reports/run";
import { tableViewOf } from "@/lib/reports/table";
import { BuilderForm } from "@/components/reports/builder-form";
import { ReportOutput } from "@/components/reports/report-output";
import { ShareForm } from "@/components/reports/share-form";

export async function generateMetadata() {
  const t = await getTranslations("reports.builder");
  return { title: t("title") };
}

/** « Générateur de rapports »: choose, preview, then save (and share) a report on one module. */
export default async function ReportBuilderPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<RawSearch> }) {
  const rawLocale = (await params).locale;
  setRequestLocale(rawLocale);
  const locale = rawLocale === "en" ? "en" : "fr";
  const user = await requireUser();
  const search = await searchParams;
  const t = translatorFor(locale);
  const readable: ModuleKey[] = [];
  for (const key of MODULE_KEYS) if (await canModule(user, key, "read")) readable.push(key);
  const model = modelOf(firstOf(search, "module")) ?? modelOf(readable[0]);
  if (!model || !readable.includes(model.def.key as ModuleKey)) return <p className="card">{t("errors.forbidden")}</p>;
  const def = model.def;
  const switching = firstOf(search, "switch") === "1";
  const editingId = firstOf(search, "id") ?? null;
  const editing = editingId ? await runnableReport(editingId, user) : null;
  const owned = editing?.owned ? editing : null;
  const spec = await cleanSpec(def, user, { columns: switching ? [] : allOf(search, "show"), groupBy: switching ? null : firstOf(search, "group") ?? null, search: switching ? {} : search });
  const hidden = await hiddenFields(user, def.key);
  const label = (field: string) => t(`modules.${def.key}.fields.${field}`);
  const sp = new URLSearchParams(Object.entries(search).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const view = tableViewOf(sp);
  const table = await runBuilder(spec, user, view, locale);
  const colleagues = await db.user.findMany({ where: { active: true, id: { not: user.id } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const error = firstOf(search, "error");
  const title = t("reports.builder.title");
  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm"><Link href="/reports" className="text-brand-600 hover:underline dark:text-brand-100">{t("reports.back")}</Link></p>
        <h1 className="text-2xl font-semibold">{owned ? t("reports.builder.editTitle") : title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("reports.builder.intro")}</p>
      </div>
      {error && <p role="alert" className="card border-red-300 text-sm text-red-700 dark:text-red-400">{t(error.startsWith("reports.") || error.startsWith("errors.") ? error : "errors.invalid")}</p>}
      <BuilderForm
        spec={spec}
        editing={owned ? owned.row.id : null}
        modules={readable.map((k) => ({ key: k, label: t(`modules.${MODULES[k].def.key}.name`) }))}
        columns={columnFields(def, hidden)}
        groups={groupFields(def, hidden)}
        criterionFields={criterionFields(def, hidden)}
        criteria={parseFilters(searchParamsOf(spec.query), def).criteria}
        label={label}
        t={t}
      />
      {table && (
        <section aria-labelledby="builder-preview" className="space-y-3">
          <h2 id="builder-preview" className="text-lg font-semibold">{t("reports.builder.previewTitle")}</h2>
          {table.capped && <p className="text-sm text-slate-600 dark:text-slate-400">{t("reports.builder.capped")}</p>}
          <ReportOutput title={title} table={table} view={view} path="/reports/builder" query={builderQuery(spec, owned ? { id: owned.row.id } : {})} locale={locale} t={t} />
        </section>
      )}
      <ShareForm
        action={saveReportForm}
        spec={spec}
        report={owned ? { id: owned.row.id, version: owned.row.version, name: owned.row.name, sharedWith: owned.sharedWith } : null}
        colleagues={colleagues}
        t={t}
      />
    </div>
  );
}
