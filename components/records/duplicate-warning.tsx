"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { DuplicateCandidate } from "@/lib/records/ui-types";

/** The guide's « avertissement » while creating: similar records already in the CRM. Saving stays possible. */
export function DuplicateWarning({ moduleKey, basePath, candidates }: { moduleKey: string; basePath: string; candidates: DuplicateCandidate[] }) {
  const t = useTranslations();
  if (candidates.length === 0) return null;
  const fieldLabel = (field: string) => {
    const key = `modules.${moduleKey}.fields.${field}`;
    return t.has(key) ? t(key) : field;
  };
  return (
    <section role="status" aria-labelledby="duplicates-title" className="min-w-0 space-y-2 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <h2 id="duplicates-title" className="font-semibold">
        {t("records.duplicatesTitle")}
      </h2>
      <p>{t("records.duplicatesIntro")}</p>
      <ul className="space-y-1.5">
        {candidates.map((c) => (
          <li key={c.id} className="wrap-anywhere">
            <Link href={`${basePath}/${c.id}`} target="_blank" rel="noopener noreferrer" className="font-medium underline underline-offset-2">
              {c.title}
              <span className="sr-only"> {t("records.newTab")}</span>
            </Link>
            {c.reasons.length > 0 && <span> — {c.reasons.map((r) => t(`records.duplicateReasons.${r}`)).join(", ")}</span>}
            {Object.keys(c.context).length > 0 && (
              <dl className="mt-0.5 flex flex-wrap gap-x-3 text-xs">
                {Object.entries(c.context).map(([field, text]) => (
                  <div key={field} className="flex min-w-0 gap-1">
                    <dt className="opacity-75">{fieldLabel(field)}</dt>
                    <dd className="min-w-0 wrap-anywhere">{text}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
