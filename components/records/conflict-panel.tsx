"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { ModuleDef } from "@/lib/records/types";
import type { ConflictInfo, FormOptions, FormValues } from "@/lib/records/ui-types";
import type { RelationChoice } from "@/components/records/relation-picker";
import { useFormValueText } from "@/components/records/form-value-text";

/** « Modified by … on … », formatting an ISO instant in the organisation's zone (text kept as is otherwise). */
export function useChangedAtText() {
  const format = useFormatter();
  return (at: string | null): string => {
    if (!at) return "";
    const date = /^\d{4}-\d{2}-\d{2}T/.test(at) ? new Date(at) : null;
    return date && !Number.isNaN(date.getTime()) ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : at;
  };
}

export type MergeChoice = "mine" | "theirs";

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Each changed field's starting choice: the current value where this user left the field as they loaded it (so
 * their stale copy never overwrites a colleague's change), their own where they typed something else.
 */
export function defaultChoices(fields: readonly string[], typed: FormValues, loaded: FormValues | undefined): Record<string, MergeChoice> {
  return Object.fromEntries(fields.map((f) => [f, loaded && same(typed[f], loaded[f]) ? "theirs" : "mine"]));
}

/**
 * Someone saved the record after this form was opened. Shows who and when, and for each field they changed its
 * current value beside what this user typed, with a choice per field (keep mine / take theirs); « Enregistrer la
 * fusion » saves the merge on top of the current version. The radios and the button are ordinary form fields, so
 * the merge also works before scripts load (`submitRecordForm` reads `_merge`). The form keeps every typed value.
 */
export function ConflictPanel({
  def,
  conflict,
  typed,
  typedRelations,
  options,
  pending,
  choices,
  onChoose,
  onMerge,
  onReload,
}: {
  def: ModuleDef;
  conflict: ConflictInfo;
  typed: FormValues;
  typedRelations: Record<string, RelationChoice | null>;
  options: FormOptions;
  pending?: boolean;
  choices: Record<string, MergeChoice>;
  onChoose: (field: string, choice: MergeChoice) => void;
  onMerge: () => void;
  onReload: () => void;
}) {
  const t = useTranslations();
  const valueText = useFormValueText(def, options);
  const atText = useChangedAtText()(conflict.changedAt);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <h2 id="conflict-title" className="font-semibold">
        {t("records.conflictTitle")}
      </h2>
      <p>{conflict.changedBy ? t("records.conflictBy", { name: conflict.changedBy, at: atText }) : t("records.conflictUnknown")}</p>
      <p>{t("access.mergeIntro")}</p>
      <input type="hidden" name="_mergeVersion" value={conflict.current.version} />
      {conflict.changedFields.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  {t("records.conflictField")}
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  {t("records.conflictYours")}
                </th>
                <th scope="col" className="py-1 font-semibold">
                  {t("records.conflictCurrent")}
                </th>
              </tr>
            </thead>
            <tbody>
              {conflict.changedFields.map((field) => {
                const label = t(`modules.${def.key}.fields.${field}`);
                const choice = choices[field] ?? "mine";
                const radio = (value: MergeChoice, text: string) => (
                  <label className="flex items-start gap-2">
                    <input
                      type="radio"
                      name={`_merge.${field}`}
                      value={value}
                      checked={choice === value}
                      onChange={() => onChoose(field, value)}
                      className="mt-1 size-4 shrink-0"
                      aria-label={t(value === "mine" ? "access.keepMineOf" : "access.takeTheirsOf", { field: label })}
                    />
                    <span className="wrap-anywhere">{text}</span>
                  </label>
                );
                return (
                  <tr key={field} className="border-t border-amber-200 align-top dark:border-amber-800">
                    <th scope="row" className="py-1 pr-3 font-medium">
                      {label}
                    </th>
                    <td className="py-1 pr-3">{radio("mine", valueText(field, typed[field], typedRelations[field]))}</td>
                    <td className="py-1">{radio("theirs", valueText(field, conflict.current.values[field], conflict.current.relationLabels[field]))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="_merge" value="1" className="btn btn-primary" disabled={pending} onClick={(e) => (e.preventDefault(), onMerge())}>
          {t("access.saveMerge")}
        </button>
        <button type="button" className="btn btn-secondary" disabled={pending} onClick={onReload}>
          {t("records.reload")}
        </button>
      </div>
    </section>
  );
}
