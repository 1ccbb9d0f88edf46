import { opsFor } from "@/lib/records/filters";
import type { Criterion } from "@/lib/records/filters";
import type { FieldDef } from "@/lib/records/types";
import type { BuilderSpec } from "@/lib/reports/builder/spec";

type Props = {
  spec: BuilderSpec;
  editing: string | null;
  modules: { key: string; label: string }[];
  columns: FieldDef[];
  groups: FieldDef[];
  criterionFields: FieldDef[];
  criteria: Criterion[];
  label: (field: string) => string;
  t: (key: string) => string;
};

const EXTRA_ROWS = 2;

/**
 * The builder's GET form: module, columns, grouping and criteria rows. Submitting shows the preview; the
 * address is the report, so the page works without JavaScript and the save form takes the same pieces.
 */
export function BuilderForm({ spec, editing, modules, columns, groups, criterionFields, criteria, label, t }: Props) {
  const rows: (Criterion | null)[] = [...criteria, ...Array.from({ length: EXTRA_ROWS }, () => null)];
  const value = (c: Criterion | null) => (!c ? "" : "value" in c ? c.value : "values" in c ? c.values[0] ?? "" : "from" in c ? c.from ?? "" : "");
  const ops = [...new Set(criterionFields.flatMap((f) => opsFor(f)))];
  return (
    <form method="get" className="card space-y-4" aria-label={t("reports.builder.title")}>
      {editing && <input type="hidden" name="id" value={editing} />}
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="builder-module" className="label">{t("reports.builder.module")}</label>
          <select id="builder-module" name="module" defaultValue={spec.module} className="input">
            {modules.map((m) => (
              <option key={m.key} value={m.key}>{m.label}</option>
            ))}
          </select>
        </div>
        <button type="submit" name="switch" value="1" className="btn btn-secondary">{t("reports.builder.changeModule")}</button>
      </div>
      <fieldset>
        <legend className="label">{t("reports.builder.columns")}</legend>
        <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-4">
          {columns.map((f) => (
            <label key={f.name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="show" value={f.name} defaultChecked={spec.columns.includes(f.name)} /> {label(f.name)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="builder-group" className="label">{t("reports.builder.groupBy")}</label>
        <select id="builder-group" name="group" defaultValue={spec.groupBy ?? ""} className="input max-w-sm">
          <option value="">{t("reports.builder.noGrouping")}</option>
          {groups.map((f) => (
            <option key={f.name} value={f.name}>{label(f.name)}</option>
          ))}
        </select>
      </div>
      <fieldset className="space-y-2">
        <legend className="label">{t("reports.builder.filters")}</legend>
        <p className="text-xs text-slate-500 dark:text-slate-400">{t("reports.builder.filtersHint")}</p>
        {rows.map((c, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-4">
            <select name="cf" defaultValue={c?.field ?? ""} className="input" aria-label={t("reports.builder.criterionField")}>
              <option value="">—</option>
              {criterionFields.map((f) => (
                <option key={f.name} value={f.name}>{label(f.name)}</option>
              ))}
            </select>
            <select name="co" defaultValue={c?.op ?? ""} className="input" aria-label={t("reports.builder.criterionOp")}>
              <option value="">—</option>
              {ops.map((o) => (
                <option key={o} value={o}>{t(`listTools.ops.${o}`)}</option>
              ))}
            </select>
            <input name="cv" defaultValue={value(c)} className="input" maxLength={255} aria-label={t("reports.builder.criterionValue")} />
            <input name="ct" defaultValue={c && "to" in c ? c.to ?? "" : ""} className="input" maxLength={255} aria-label={t("reports.builder.criterionTo")} />
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn btn-primary">{t("reports.builder.preview")}</button>
    </form>
  );
}
