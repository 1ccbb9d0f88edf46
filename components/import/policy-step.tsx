import { getTranslations } from "next-intl/server";
import { startDryRun } from "@/lib/import/actions";
import { POLICIES, type Policy } from "@/lib/import/process";
import { BackButton } from "@/components/import/back-button";

export type PreviewRow = { line: number; outcome: string; reasons: string };

/** Step 3: what to do with duplicates, the first lines as they would be imported, then the dry run. */
export async function PolicyStep({ jobId, policy, preview, backTo }: { jobId: string; policy: Policy; preview: PreviewRow[]; backTo: "map" | "values" }) {
  const t = await getTranslations();
  return (
    <div className="card space-y-4">
      <form action={startDryRun.bind(null, jobId)} className="space-y-4">
        <fieldset className="space-y-1">
          <legend className="text-lg font-semibold">{t("import.policyTitle")}</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.policyHint")}</p>
          {POLICIES.map((p) => (
            <label key={p} className="flex items-center gap-2 text-sm">
              <input type="radio" name="policy" value={p} defaultChecked={p === policy} />
              {t(`import.policies.${p}`)}
            </label>
          ))}
        </fieldset>
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">{t("import.previewTitle")}</h2>
          <OutcomeTable rows={preview} />
        </section>
        <button type="submit" className="btn btn-primary">
          {t("import.dryRun")}
        </button>
      </form>
      <BackButton jobId={jobId} step={backTo} />
    </div>
  );
}

export async function OutcomeTable({ rows }: { rows: PreviewRow[] }) {
  const t = await getTranslations();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-3">{t("import.line")}</th>
            <th scope="col" className="py-1 pr-3">{t("import.outcome")}</th>
            <th scope="col" className="py-1">{t("import.reasons")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {rows.map((r) => (
            <tr key={r.line}>
              <td className="py-1.5 pr-3 tabular-nums">{r.line}</td>
              <td className="py-1.5 pr-3">{r.outcome}</td>
              <td className="py-1.5 text-slate-700 dark:text-slate-300">{r.reasons}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
