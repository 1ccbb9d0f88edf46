import { getTranslations } from "next-intl/server";
import { saveValues } from "@/lib/import/actions";
import { BackButton } from "@/components/import/back-button";

export type ValueChoice = { field: string; label: string; found: { value: string; chosen: string }[]; options: { value: string; label: string }[] };

/** Step 2: each value found in a list column → one of our values (or empty). */
export async function ValuesStep({ jobId, choices }: { jobId: string; choices: ValueChoice[] }) {
  const t = await getTranslations();
  return (
    <div className="card space-y-4">
    <form action={saveValues.bind(null, jobId)} className="space-y-4">
      <h2 className="text-lg font-semibold">{t("import.valuesTitle")}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{choices.length > 0 ? t("import.valuesHint") : t("import.noValues")}</p>
      {choices.map((c) => (
        <fieldset key={c.field} className="space-y-2">
          <legend className="font-medium">{c.label}</legend>
          {c.found.map((f, n) => (
            <div key={n} className="grid items-center gap-2 sm:grid-cols-2">
              <label htmlFor={`v-${c.field}-${n}`} className="text-sm break-words">
                {f.value}
              </label>
              <input type="hidden" name={`s.${c.field}.${n}`} value={f.value} />
              <select id={`v-${c.field}-${n}`} name={`v.${c.field}.${n}`} defaultValue={f.chosen} className="input">
                <option value="">{t("import.leaveEmpty")}</option>
                {c.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="btn btn-primary">
        {t("import.next")}
      </button>
    </form>
    <BackButton jobId={jobId} step="map" />
    </div>
  );
}
