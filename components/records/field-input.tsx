"use client";
import { useTimeZone, useTranslations } from "next-intl";
import type { FieldError } from "@/lib/actions/errors";
import type { FieldDef } from "@/lib/records/types";
import type { Option } from "@/lib/records/ui-types";
import { Field, describedBy } from "@/components/ui/field";
import { RelationPicker, type RelationChoice, type RelationSearch } from "@/components/records/relation-picker";
import { timeZoneKey } from "@/lib/records/time-zones";
import { DateInput } from "@/components/records/date-input";
import { DurationInput } from "@/components/records/duration-input";
import { ParentInput } from "@/components/records/parent-input";
import { MentionTextarea } from "@/components/notifications/mention-textarea";

export type FieldValue = string | string[] | boolean | null;

/** Text lengths from the guide's annex: single line 255, multi-line 10,000. */
export const MAX_TEXT = 255;
export const MAX_TEXTAREA = 10000;

/** Whether a form value counts as "not filled in" for a required field (false is an answer for a boolean). */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Choices of an enum/multienum/user field: the server's list when given (picklists, users), else the definition's. */
export function useChoices(moduleKey: string) {
  const t = useTranslations();
  return (def: FieldDef, options?: Option[]): Option[] =>
    options ?? (def.options ?? []).map((value) => ({ value, label: t(`modules.${moduleKey}.options.${def.name}.${value}`) }));
}

/**
 * One input for one field, by kind, with its label and its translated error underneath. What each kind submits
 * (field name = `def.name`):
 * - text, textarea, email, phone, url, number: the text typed ("" when empty);
 * - date, datetime: the text typed in the page's format (« 30/08/2025 », « 30/08/2025 06:00 »; wall time in the
 *   user's zone), which the server reads; `onChange` gets it as ISO once it reads as a date;
 * - duration: total minutes (a hidden input; hours and minutes are typed side by side);
 * - boolean: a select submitting "true" / "false", or "" (no answer) when the field is not required;
 * - enum, user: the chosen value, "" for the empty choice (offered only when not required);
 * - multienum, users: one `<name>[]` entry per ticked box; nothing at all when none is ticked;
 * - relation: a hidden input with the chosen record's id ("" when none);
 * - parent (« Lié à »): a hidden input with `{"module","id"}` JSON ("" when none);
 * - file, computed: not edited here (nothing rendered).
 * `onChange` receives the new value (and for relations the chosen record, for its label).
 */
export function FieldInput({
  def,
  moduleKey,
  value,
  onChange,
  error,
  options,
  relationLabel,
  relationSearch,
  relationSearches,
  idPrefix = "field",
  hideLabel,
  autoFocus,
}: {
  def: FieldDef;
  moduleKey: string;
  value: FieldValue | undefined;
  onChange: (value: FieldValue, relation?: RelationChoice | null) => void;
  error?: FieldError;
  /** Choices for enum (picklist), multienum and user fields, from FormOptions. */
  options?: Option[];
  /** The chosen record of a relation field. */
  relationLabel?: RelationChoice | null;
  relationSearch?: RelationSearch;
  /** Search actions of the form, by key: a « Lié à » field reads `<name>.<module>` for each of its modules. */
  relationSearches?: Record<string, RelationSearch>;
  idPrefix?: string;
  /** Keep the label for screen readers only (inline edit, where the label is already shown beside). */
  hideLabel?: boolean;
  autoFocus?: boolean;
}) {
  const t = useTranslations();
  const timeZone = useTimeZone() ?? "";
  // The organisation may have picked a zone outside the profile's list: it is then shown by its name.
  const zoneLabel = (tz: string) => (t.has(`timeZones.${timeZoneKey(tz)}`) ? t(`timeZones.${timeZoneKey(tz)}`) : tz);
  const choicesOf = useChoices(moduleKey);
  const id = `${idPrefix}-${def.name}`;
  const label = t(`modules.${moduleKey}.fields.${def.name}`);
  const required = !!def.required;
  const text = typeof value === "string" ? value : "";
  const common = { ...describedBy(id, error), name: def.name, required, autoFocus, className: "input" };
  const onText = (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange(e.target.value);

  if (def.kind === "file" || def.computed) return null;

  if (def.kind === "multienum" || def.kind === "users") {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined} className={hideLabel ? "[&_legend]:sr-only" : undefined}>
        <legend className="label">
          {label}
          {required && (
            <span className="text-red-700 dark:text-red-400" aria-hidden>
              {" "}*
            </span>
          )}
        </legend>
        <div id={id} className="flex flex-wrap gap-x-4 gap-y-1">
          {def.kind === "users" && (options ?? []).length === 0 && <p className="text-sm text-slate-500">{t("records.noUsers")}</p>}
          {choicesOf(def, options).map((o, i) => (
            <label key={o.value} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                className="size-4"
                name={`${def.name}[]`}
                value={o.value}
                checked={chosen.includes(o.value)}
                autoFocus={autoFocus && i === 0}
                onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))}
              />
              {o.label}
            </label>
          ))}
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {t(error.key, error.values ?? {})}
          </p>
        )}
      </fieldset>
    );
  }

  let input: React.ReactNode;
  let hint: string | undefined;
  switch (def.kind) {
    case "textarea":
      hint = def.mentions ? t("notifications.mentionHint") : undefined;
      input = def.mentions ? (
        <MentionTextarea {...common} {...describedBy(id, error, hint)} rows={4} maxLength={MAX_TEXTAREA} value={text} onChange={onChange} />
      ) : (
        <textarea {...common} rows={4} maxLength={MAX_TEXTAREA} value={text} onChange={onText} />
      );
      break;
    case "email":
      input = <input {...common} type="email" maxLength={MAX_TEXT} autoComplete="off" value={text} onChange={onText} />;
      break;
    case "phone":
      input = <input {...common} type="tel" maxLength={MAX_TEXT} autoComplete="off" value={text} onChange={onText} />;
      break;
    case "url":
      input = <input {...common} type="url" maxLength={MAX_TEXT} placeholder="https://" value={text} onChange={onText} />;
      break;
    case "number":
      input = <input {...common} type="number" step="any" inputMode="decimal" value={text} onChange={onText} />;
      break;
    case "date":
    case "datetime":
      input = (
        <DateInput
          id={id}
          name={def.name}
          label={label}
          withTime={def.kind === "datetime"}
          value={text}
          onChange={onChange}
          required={required}
          autoFocus={autoFocus}
          invalid={!!error}
          describedBy={error ? `${id}-error` : `${id}-hint`}
        />
      );
      hint = def.kind === "datetime" ? t("records.dateTimeHint", { zone: zoneLabel(timeZone) }) : t("records.dateHint");
      break;
    case "duration":
      input = (
        <DurationInput
          id={id}
          name={def.name}
          label={label}
          value={text}
          onChange={onChange}
          required={required}
          autoFocus={autoFocus}
          invalid={!!error}
          describedBy={error ? `${id}-error` : undefined}
        />
      );
      break;
    case "parent":
      input = (
        <ParentInput
          id={id}
          name={def.name}
          label={label}
          modules={def.parent?.modules ?? []}
          value={text}
          chosen={relationLabel ?? null}
          searches={Object.fromEntries((def.parent?.modules ?? []).map((m) => [m, relationSearches?.[`${def.name}.${m}`]]))}
          required={required}
          error={error}
          autoFocus={autoFocus}
          onChange={(v, choice) => onChange(v, choice)}
        />
      );
      break;
    case "boolean":
      input = (
        <select
          {...common}
          value={value === true ? "true" : value === false ? "false" : ""}
          onChange={(e) => onChange(e.target.value === "" ? null : e.target.value === "true")}
        >
          {(!required || typeof value !== "boolean") && <option value="">{t("records.chooseValue")}</option>}
          <option value="true">{t("records.yes")}</option>
          <option value="false">{t("records.no")}</option>
        </select>
      );
      break;
    case "enum":
    case "user": {
      const choices = choicesOf(def, options);
      input = (
        <select {...common} value={text} onChange={onText}>
          {(!required || !choices.some((c) => c.value === text)) && <option value="">{t("records.chooseValue")}</option>}
          {choices.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    case "relation":
      input = (
        <RelationPicker
          id={id}
          name={def.name}
          label={label}
          value={relationLabel ?? (text ? { id: text, label: text } : null)}
          search={relationSearch}
          required={required}
          error={error}
          autoFocus={autoFocus}
          onChange={(choice) => onChange(choice?.id ?? null, choice)}
        />
      );
      break;
    default:
      input = <input {...common} type="text" maxLength={MAX_TEXT} value={text} onChange={onText} />;
  }

  return (
    <div className={hideLabel ? "[&_.label]:sr-only" : undefined}>
      <Field id={id} label={label} error={error} required={required} hint={hint}>
        {input}
      </Field>
    </div>
  );
}
