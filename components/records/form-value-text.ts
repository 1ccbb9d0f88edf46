"use client";
import { useTranslations } from "next-intl";
import type { ModuleDef } from "@/lib/records/types";
import type { FormOptions } from "@/lib/records/ui-types";
import { useChoices, isEmptyValue, type FieldValue } from "@/components/records/field-input";
import type { RelationChoice } from "@/components/records/relation-picker";

/** A form value (as edited) → the text a person reads: choice labels, Oui/Non, the related record's name, « — ». */
export function useFormValueText(def: ModuleDef, options: FormOptions) {
  const t = useTranslations("records");
  const choicesOf = useChoices(def.key);
  return (field: string, value: FieldValue | undefined, relation?: RelationChoice | null): string => {
    const fieldDef = def.fields.find((f) => f.name === field);
    if (isEmptyValue(value)) return t("empty");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (!fieldDef) return Array.isArray(value) ? value.join(", ") : String(value);
    if (fieldDef.kind === "relation") return relation?.label ?? String(value);
    if (fieldDef.kind === "enum" || fieldDef.kind === "multienum" || fieldDef.kind === "user") {
      const choices = choicesOf(fieldDef, options[field]);
      const labelOf = (v: string) => choices.find((c) => c.value === v)?.label ?? v;
      return Array.isArray(value) ? value.map(labelOf).join(", ") : labelOf(String(value));
    }
    return Array.isArray(value) ? value.join(", ") : String(value);
  };
}
