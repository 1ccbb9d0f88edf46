import type { BuilderSpec } from "@/lib/reports/builder/spec";

type Props = {
  action: (form: FormData) => Promise<void>;
  spec: BuilderSpec;
  report: { id: string; version: number; name: string; sharedWith: string[] } | null;
  colleagues: { id: string; name: string }[];
  t: (key: string) => string;
};

/** « Enregistrer le rapport »: its name and who else may run it (nobody: private). Posts without JavaScript. */
export function ShareForm({ action, spec, report, colleagues, t }: Props) {
  return (
    <form action={action} className="card space-y-3" aria-labelledby="builder-save">
      <h2 id="builder-save" className="text-lg font-semibold">{t("reports.builder.saveTitle")}</h2>
      {report && <input type="hidden" name="id" value={report.id} />}
      {report && <input type="hidden" name="version" value={report.version} />}
      <input type="hidden" name="module" value={spec.module} />
      {spec.columns.map((c) => (
        <input key={c} type="hidden" name="cols[]" value={c} />
      ))}
      {spec.groupBy && <input type="hidden" name="group" value={spec.groupBy} />}
      <input type="hidden" name="query" value={spec.query} />
      <div>
        <label htmlFor="builder-name" className="label">{t("reports.builder.name")}</label>
        <input id="builder-name" name="name" required maxLength={255} defaultValue={report?.name ?? ""} className="input max-w-md" />
      </div>
      <fieldset>
        <legend className="label">{t("reports.builder.shareWith")}</legend>
        <p className="mb-1 text-xs text-slate-500 dark:text-slate-400">{t("reports.builder.shareHint")}</p>
        <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {colleagues.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="share[]" value={c.id} defaultChecked={report?.sharedWith.includes(c.id)} /> {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn btn-primary">{t("reports.builder.save")}</button>
    </form>
  );
}
