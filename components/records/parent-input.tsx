"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldError } from "@/lib/actions/errors";
import { RelationPicker, type RelationChoice, type RelationSearch } from "@/components/records/relation-picker";

export type ParentValue = { module: string; id: string };

/** The form's « Lié à » value: `{"module":"clients","id":"…"}`, or "" for none. */
export function parseParent(value: unknown): ParentValue | null {
  if (typeof value !== "string" || value === "") return null;
  try {
    const v = JSON.parse(value) as Partial<ParentValue>;
    return typeof v.module === "string" && typeof v.id === "string" ? { module: v.module, id: v.id } : null;
  } catch {
    return null;
  }
}

/**
 * « Lié à »: which kind of record (client, contact, partner…), then that record by search-as-you-type. The form
 * posts one value, `name` = `{"module","id"}` JSON ("" when none), so the strict schema sees a single field.
 * Changing the type clears the record: an id only means something in its own module.
 */
export function ParentInput({
  id,
  name,
  label,
  modules,
  value,
  chosen,
  searches,
  onChange,
  required,
  error,
  autoFocus,
}: {
  id: string;
  name: string;
  label: string;
  modules: readonly string[];
  value: string;
  /** Title of the chosen record. */
  chosen: RelationChoice | null;
  /** Search action per module. */
  searches: Record<string, RelationSearch | undefined>;
  onChange: (value: string, choice: RelationChoice | null) => void;
  required?: boolean;
  error?: FieldError;
  autoFocus?: boolean;
}) {
  const t = useTranslations();
  const current = parseParent(value);
  const [module, setModule] = useState(current?.module ?? modules[0] ?? "");
  const [followed, setFollowed] = useState(current?.module);
  if (current && current.module !== followed) {
    setFollowed(current.module);
    setModule(current.module);
  }
  const record = current ? (chosen && chosen.id === current.id ? chosen : { id: current.id, label: current.id }) : null;
  return (
    <div className="flex flex-wrap gap-2 sm:flex-nowrap">
      <input type="hidden" name={name} value={current ? JSON.stringify(current) : ""} />
      <select
        id={`${id}-module`}
        className="input sm:w-44"
        aria-label={t("records.parentType")}
        value={module}
        autoFocus={autoFocus}
        onChange={(e) => {
          setModule(e.target.value);
          if (current) onChange("", null);
        }}
      >
        {modules.map((m) => (
          <option key={m} value={m}>
            {t(`modules.${m}.singular`)}
          </option>
        ))}
      </select>
      <div className="min-w-0 flex-1">
        <RelationPicker
          id={id}
          name=""
          label={label}
          value={record}
          search={searches[module]}
          required={required}
          error={error}
          onChange={(choice) => onChange(choice ? JSON.stringify({ module, id: choice.id }) : "", choice)}
        />
      </div>
    </div>
  );
}
