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

/**
 * Someone saved the record after this form was opened. Shows who and when, each field they changed with its
 * current value next to what this user typed, and the two ways out. The form keeps every typed value meanwhile.
 */
export function ConflictPanel({
  def,
  conflict,
  typed,
  typedRelations,
  options,
  pending,
  onKeepMine,
  onReload,
}: {
  def: ModuleDef;
  conflict: ConflictInfo;
  typed: FormValues;
  typedRelations: Record<string, RelationChoice | null>;
  options: FormOptions;
  pending?: boolean;
  onKeepMine: () => void;
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
      <p>{t("records.conflictIntro")}</p>
      {conflict.changedFields.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  {t("records.conflictField")}
                </th>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  {t("records.conflictCurrent")}
                </th>
                <th scope="col" className="py-1 font-semibold">
                  {t("records.conflictYours")}
                </th>
              </tr>
            </thead>
            <tbody>
              {conflict.changedFields.map((field) => (
                <tr key={field} className="border-t border-amber-200 dark:border-amber-800">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {t(`modules.${def.key}.fields.${field}`)}
                  </th>
                  <td className="py-1 pr-3 wrap-anywhere">{valueText(field, conflict.current.values[field], conflict.current.relationLabels[field])}</td>
                  <td className="py-1 wrap-anywhere">{valueText(field, typed[field], typedRelations[field])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" disabled={pending} onClick={onKeepMine}>
          {t("records.keepMine")}
        </button>
        <button type="button" className="btn btn-secondary" disabled={pending} onClick={onReload}>
          {t("records.reload")}
        </button>
      </div>
    </section>
  );
}
