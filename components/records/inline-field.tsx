"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Pencil, X } from "lucide-react";
import type { FieldError } from "@/lib/actions/errors";
import type { DisplayValue, FieldDef } from "@/lib/records/types";
import type { Option, RecordActions } from "@/lib/records/ui-types";
import { FieldInput, type FieldValue } from "@/components/records/field-input";
import type { RelationChoice, RelationSearch } from "@/components/records/relation-picker";
import { DisplayValueView } from "@/components/records/display-value";

/**
 * Whether the detail view offers the pencil for this field (the guide's « éditer en ligne »): every stored field
 * but files and computed values, a relation too when its picker can search (« Nom du partenaire » is changed like
 * the others); « Lié à » is changed in the full form, where its record type is chosen first.
 */
export function canInlineEdit(field: FieldDef, relationSearch?: RelationSearch): boolean {
  if (field.inlineEdit === false || field.kind === "file" || field.kind === "parent" || field.computed || field.virtual || field.system) return false;
  return field.kind !== "relation" || relationSearch !== undefined;
}

/** The chosen record a relation's display value names, for the picker to start from. */
function relationOf(display: DisplayValue | undefined): RelationChoice | null {
  return display && typeof display === "object" && !Array.isArray(display) ? { id: display.id, label: display.label, ...(display.deleted ? { deleted: true } : {}) } : null;
}

/**
 * One value of the detail view with its pencil: the pencil swaps the value for the field's input with ✓ / ✕
 * (Enter saves, Escape cancels; in a multi-line field Ctrl+Enter saves). Saves through `saveField` with the
 * record's version; a conflict offers to reload the record.
 */
export function InlineField({
  moduleKey,
  field,
  label,
  recordId,
  version,
  display,
  value,
  options,
  relationSearch,
  saveField,
  onSaved,
  onReload,
  readOnly,
}: {
  moduleKey: string;
  field: FieldDef;
  label: string;
  recordId: string;
  version: number;
  display: DisplayValue | undefined;
  /** The value as a form edits it. */
  value: FieldValue | undefined;
  options?: Option[];
  relationSearch?: RelationSearch;
  saveField: RecordActions["saveField"];
  onSaved: (result: { version: number; display: DisplayValue; value: FieldValue }) => void;
  onReload: () => void;
  /** The user's role may not edit this module's records: the value without its pencil. */
  readOnly?: boolean;
}) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<FieldValue>(value ?? null);
  const [relation, setRelation] = useState<RelationChoice | null>(null);
  const [error, setError] = useState<FieldError | undefined>();
  const [conflict, setConflict] = useState(false);
  const [pending, setPending] = useState(false);
  const pencil = useRef<HTMLButtonElement>(null);

  const open = () => {
    setDraft(value ?? null);
    setRelation(relationOf(display));
    setError(undefined);
    setConflict(false);
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    setError(undefined);
    setConflict(false);
    // The pencil comes back on the next render; give it the focus then.
    setTimeout(() => pencil.current?.focus(), 0);
  };
  const save = async () => {
    if (pending) return;
    setPending(true);
    setError(undefined);
    setConflict(false);
    const sent = draft === "" ? null : draft;
    const result = await saveField({ id: recordId, version, field: field.name, value: sent });
    setPending(false);
    if (result.ok) {
      onSaved({ version: result.data.version, display: result.data.display, value: sent });
      close();
    } else if (result.error === "records.conflict") {
      setConflict(true);
    } else {
      setError(result.fieldErrors?.[field.name] ?? result.fieldErrors?.value ?? result.fieldErrors?.field ?? { key: result.error, values: { ref: result.ref ?? "" } });
    }
  };

  if (!editing) {
    return (
      <div className="group flex items-start gap-1">
        <div className="min-w-0 flex-1 wrap-anywhere">
          <DisplayValueView value={display} field={field} />
        </div>
        {!readOnly && canInlineEdit(field, relationSearch) && (
          <button
            ref={pencil}
            type="button"
            className="btn btn-ghost shrink-0 !p-1 text-slate-400 hover:text-slate-700 dark:hover:text-slate-200"
            aria-label={t("records.editField", { field: label })}
            title={t("records.editField", { field: label })}
            onClick={open}
          >
            <Pencil className="size-3.5" aria-hidden />
          </button>
        )}
      </div>
    );
  }

  return (
    <div
      className="space-y-1"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          close();
        } else if (e.key === "Enter" && (field.kind !== "textarea" || e.ctrlKey || e.metaKey) && !(e.target instanceof HTMLButtonElement)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <div className="flex items-start gap-1">
        <div className="min-w-0 flex-1">
          <FieldInput
            def={field}
            moduleKey={moduleKey}
            idPrefix="inline"
            hideLabel
            autoFocus
            value={draft}
            onChange={(v, chosen) => {
              setDraft(v);
              if (chosen !== undefined) setRelation(chosen);
            }}
            error={error}
            options={options}
            relationLabel={relation}
            relationSearch={relationSearch}
          />
        </div>
        <button type="button" className="btn btn-primary shrink-0 !p-1.5" aria-label={t("records.saveField", { field: label })} disabled={pending} onClick={() => void save()}>
          <Check className="size-4" aria-hidden />
        </button>
        <button type="button" className="btn btn-secondary shrink-0 !p-1.5" aria-label={t("records.cancelField", { field: label })} onClick={close}>
          <X className="size-4" aria-hidden />
        </button>
      </div>
      {conflict && (
        <p className="alert-error" role="alert">
          {t("records.conflictInline")}{" "}
          <button
            type="button"
            className="font-medium underline underline-offset-2"
            onClick={() => {
              close();
              onReload();
            }}
          >
            {t("records.reload")}
          </button>
        </p>
      )}
    </div>
  );
}
