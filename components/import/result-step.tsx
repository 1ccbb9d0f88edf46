import { getTranslations } from "next-intl/server";
import { resumeImport, startImport, undoImport } from "@/lib/import/actions";
import { jobView, type JobRow } from "@/lib/import/jobs";
import { reportRows } from "@/lib/import/report";
import { ImportProgress } from "@/components/import/import-progress";
import { BackButton } from "@/components/import/back-button";
import { OutcomeTable } from "@/components/import/policy-step";

/** A pass at work: its bar (polled with scripts, the page refreshing itself without). */
export async function RunningPass({ job }: { job: JobRow }) {
  const t = await getTranslations();
  const mode = (job.mode ?? "run") as "dry" | "run" | "undo";
  return (
    <section className="card space-y-3">
      <noscript>
        <meta httpEquiv="refresh" content="2" />
      </noscript>
      <h2 className="text-lg font-semibold">{t(`import.running.${mode}`)}</h2>
      <ImportProgress jobId={job.id} initial={{ processed: job.processed, total: mode === "undo" ? null : job.rowCount, status: job.status }} label={t("import.progressLabel")} template={t.raw("import.progress") as string} />
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.reloadHint")}</p>
    </section>
  );
}

/** After the dry run, the run or the undo: counts, the first refused lines, the report, and what comes next. */
export async function ResultStep({ job }: { job: JobRow }) {
  const t = await getTranslations();
  const { dryCounts, counts } = jobView(job);
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  if (job.status === "failed") {
    return (
      <section className="card space-y-3">
        <h2 className="text-lg font-semibold">{t("import.failedTitle")}</h2>
        <p className="text-sm">{t("import.failedHint")}</p>
        <form action={resumeImport.bind(null, job.id)}>
          <button type="submit" className="btn btn-primary">
            {t("import.resume")}
          </button>
        </form>
      </section>
    );
  }
  const dry = job.status === "dryDone";
  const shown = (dry ? dryCounts : counts) ?? { created: 0, updated: 0, skipped: 0, refused: 0 };
  const refused = await reportRows(job, job.status === "dryDone", tr, { outcome: "refused", take: 20 });
  const report = `/api/import/${job.id}/report${dry ? "?dry=1" : ""}`;
  return (
    <section className="card space-y-4">
      <h2 className="text-lg font-semibold">{dry ? t("import.dryTitle") : job.status === "undone" ? t("import.undoneTitle") : t("import.doneTitle")}</h2>
      {job.status === "undone" ? (
        <p className="font-medium">{t("import.undoneCounts", { created: shown.created, updated: shown.updated, kept: shown.kept ?? 0 })}</p>
      ) : (
        <p className="font-medium" data-testid="import-counts">
          {t("import.counts", shown)}
        </p>
      )}
      {dry && <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.dryHint")}</p>}
      {job.status !== "undone" && refused.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("import.firstRefused")}</h3>
          <OutcomeTable rows={refused} />
        </div>
      )}
      <p>
        <a href={report} className="text-brand-700 underline dark:text-brand-100" download>
          {t("import.report")}
        </a>
      </p>
      {dry && (
        <div className="flex flex-wrap gap-2">
          <form action={startImport.bind(null, job.id)}>
            <button type="submit" className="btn btn-primary">
              {t("import.run")}
            </button>
          </form>
          <BackButton jobId={job.id} step="map" label={t("import.change")} />
        </div>
      )}
      {job.status === "done" && (
        <form action={undoImport.bind(null, job.id)} className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700">
          <h3 className="font-semibold">{t("import.undoTitle")}</h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.undoHint")}</p>
          <button type="submit" className="btn btn-danger">
            {t("import.undo")}
          </button>
        </form>
      )}
    </section>
  );
}
