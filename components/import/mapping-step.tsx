import { getTranslations } from "next-intl/server";
import { saveMapping } from "@/lib/import/actions";
import { importFields, LEGACY_ID } from "@/lib/import/targets";
import type { ModuleDef } from "@/lib/records/types";

/** Step 1: one row per column of the file, its first values, and the field it fills. */
export async function MappingStep({ jobId, def, headers, samples, mapping }: { jobId: string; def: ModuleDef; headers: string[]; samples: string[][]; mapping: (string | null)[] }) {
  const t = await getTranslations();
  const label = (name: string) => t(`modules.${def.key}.fields.${name}` as never);
  const fields = importFields(def);
  const hint = (name: string, kind: string) => (kind === "relation" ? t("import.relationHint", { field: label(name) }) : kind === "parent" ? t("import.parentHint", { field: label(name) }) : label(name));
  return (
    <form action={saveMapping.bind(null, jobId)} className="card space-y-4">
      <h2 className="text-lg font-semibold">{t("import.mapTitle")}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.mapHint")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3">{t("import.column")}</th>
              <th scope="col" className="hidden py-1 pr-3 sm:table-cell">{t("import.sample")}</th>
              <th scope="col" className="py-1">{t("import.field")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
            {headers.map((header, i) => (
              <tr key={i}>
                <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                  <label htmlFor={`col-${i}`}>{header || `#${i + 1}`}</label>
                </th>
                <td className="hidden max-w-48 truncate py-1.5 pr-3 text-slate-600 sm:table-cell dark:text-slate-400">{samples.map((s) => s[i]).filter(Boolean).slice(0, 2).join(" · ")}</td>
                <td className="py-1.5">
                  <select id={`col-${i}`} name={`col.${i}`} defaultValue={mapping[i] ?? ""} className="input min-w-40">
                    <option value="">{t("import.ignore")}</option>
                    <option value={LEGACY_ID}>{t("import.legacyId")}</option>
                    {fields.map((f) => (
                      <option key={f.name} value={f.name}>
                        {hint(f.name, f.kind)}
                        {f.required ? " *" : ""}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" className="btn btn-primary">
        {t("import.next")}
      </button>
    </form>
  );
}
