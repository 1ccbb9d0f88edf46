import { getTranslations } from "next-intl/server";
import { goToStep } from "@/lib/import/actions";

/** « Retour » / « Modifier les choix »: a form of its own, placed after the step's form (forms cannot nest). */
export async function BackButton({ jobId, step, label }: { jobId: string; step: "map" | "values" | "policy"; label?: string }) {
  const t = await getTranslations();
  return (
    <form action={goToStep.bind(null, jobId)}>
      <input type="hidden" name="step" value={step} />
      <button type="submit" className="btn btn-secondary">
        {label ?? t("import.back")}
      </button>
    </form>
  );
}
