import { getTranslations } from "next-intl/server";

const STEPS = ["map", "values", "policy", "dry", "done"] as const;

/** Where the wizard is: five steps, the current one marked for screen readers too. */
export async function StepList({ current }: { current: string }) {
  const t = await getTranslations();
  const at = Math.max(0, STEPS.indexOf(current as (typeof STEPS)[number]));
  return (
    <ol className="flex flex-wrap gap-2 text-sm" aria-label={t("import.stepOf", { n: at + 1 })}>
      {STEPS.map((s, i) => (
        <li key={s} aria-current={i === at ? "step" : undefined} className={`rounded-full px-3 py-1 ${i === at ? "bg-brand-600 text-white" : i < at ? "bg-slate-200 dark:bg-slate-700" : "border border-slate-300 dark:border-slate-600"}`}>
          {i + 1}. {t(`import.steps.${s}`)}
        </li>
      ))}
    </ol>
  );
}
