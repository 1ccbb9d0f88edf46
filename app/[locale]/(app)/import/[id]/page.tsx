import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { jobFor } from "@/lib/import/access";
import { jobRows, jobView } from "@/lib/import/jobs";
import { resumeIfStale } from "@/lib/import/runner";
import { preview, valueChoices } from "@/lib/import/wizard";
import { listFields } from "@/lib/import/targets";
import { MappingStep } from "@/components/import/mapping-step";
import { ValuesStep } from "@/components/import/values-step";
import { PolicyStep } from "@/components/import/policy-step";
import { RunningPass, ResultStep } from "@/components/import/result-step";
import { StepList } from "@/components/import/step-list";

export async function generateMetadata() {
  const t = await getTranslations("import");
  return { title: t("title") };
}

/** The wizard at the job's current step; the step is kept on the job, so a reload or another tab finds it. */
export default async function ImportJobPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser("import.run");
  const job = await jobFor(user, id);
  if (!job) notFound();
  resumeIfStale(job);
  const [t, query] = await Promise.all([getTranslations(), searchParams]);
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const view = jobView(job);
  const error = typeof query.error === "string" && /^[\w.]{1,64}$/.test(query.error) ? query.error : null;
  const hasLists = listFields(view.model.def).some((f) => view.spec.mapping.includes(f.name));
  const step = job.status === "running" || job.status === "failed" ? (job.mode === "dry" ? "dry" : "done") : job.step;

  let body: React.ReactNode;
  if (job.status === "running") body = <RunningPass job={job} />;
  else if (step === "map") body = <MappingStep jobId={job.id} def={view.model.def} headers={view.headers} samples={jobRows(job).slice(0, 3)} mapping={view.spec.mapping} />;
  else if (step === "values") body = <ValuesStep jobId={job.id} choices={await valueChoices(job, locale, tr)} />;
  else if (step === "policy") body = <PolicyStep jobId={job.id} policy={view.spec.policy} preview={await preview(job, user, tr)} backTo={hasLists ? "values" : "map"} />;
  else body = <ResultStep job={job} />;

  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <p className="text-sm">
          <Link href="/import" className="text-brand-700 underline dark:text-brand-100">
            {t("import.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {t("import.title")} — {t(`modules.${job.module}.name` as never)}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("import.detected", { file: job.fileName, rows: job.rowCount, encoding: job.encoding.toUpperCase(), delimiter: job.delimiter })}
        </p>
      </div>
      <StepList current={step} />
      {error && (
        <p role="alert" className="alert-error">
          {t(error as never)}
        </p>
      )}
      {body}
    </div>
  );
}
