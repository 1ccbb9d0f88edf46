"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { DisplayValue, FieldDef } from "@/lib/records/types";

const SAFE_URL = /^https?:\/\//i;
// A component class (globals.css): a list page repeats it in every row.
const linkClass = "value-link";

/** Whether a display value has something to show (null, "" and [] show « — »). */
export function isBlank(value: DisplayValue | undefined): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * A display value's text when it needs no words of the interface (a list → "a, b", a relation → its label), or
 * null when it does (nothing → « — », a boolean → Oui/Non, a record in the recycle bin → « … (supprimé) »).
 */
function wordlessText(value: DisplayValue | undefined): string | null {
  if (isBlank(value) || typeof value === "boolean") return null;
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object" && value !== null) return value.deleted ? null : value.label;
  return String(value);
}

/** Display value → plain text (boolean → Oui/Non, list → "a, b", relation → its label, nothing → « — »). */
export function useDisplayText() {
  const t = useTranslations("records");
  return (value: DisplayValue | undefined): string => {
    const text = wordlessText(value);
    if (text !== null) return text;
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return t("deletedRecord", { label: value.label });
    return t("empty");
  };
}

/** A value whose text needs the interface's words: only these cells take a translator (a list has hundreds). */
function WordedValue({ value, className }: { value: DisplayValue | undefined; className?: string }) {
  const text = useDisplayText()(value);
  return className ? <span className={className}>{text}</span> : <>{text}</>;
}

/**
 * One value as the list and the detail show it. Everything renders as text (React escapes it). Links only where
 * they are safe: url fields starting with http(s):// (new tab, no opener), email → mailto:, phone → tel:, relation
 * → the related record. `plain` turns links off (inside another link, e.g. the list's first column).
 */
export function DisplayValueView({ value, field, plain }: { value: DisplayValue | undefined; field?: FieldDef; plain?: boolean }) {
  if (isBlank(value)) return <WordedValue value={value} className="value-empty" />;
  // A related record in the recycle bin reads « Marie Côté (supprimé) » (useDisplayText marks it), without a link:
  // it has no page to open. A « Lié à » one is greyed.
  const text = wordlessText(value);
  if (text === null) {
    const greyed = !plain && field?.kind === "parent" && typeof value === "object" && value !== null && !Array.isArray(value) && !!value.module;
    return <WordedValue value={value} className={greyed ? "text-slate-500 dark:text-slate-400" : undefined} />;
  }
  if (plain || !field) return <>{text}</>;
  if (field.kind === "url" && typeof value === "string" && SAFE_URL.test(value)) {
    return (
      <a href={value} target="_blank" rel="noopener noreferrer" className={`${linkClass} break-all`}>
        {value}
      </a>
    );
  }
  if (field.kind === "email" && typeof value === "string") {
    return (
      <a href={`mailto:${value}`} className={`${linkClass} break-all`}>
        {value}
      </a>
    );
  }
  if (field.kind === "phone" && typeof value === "string" && /\d/.test(value)) {
    return (
      <a href={`tel:${value.replace(/[^\d+]/g, "")}`} className={linkClass}>
        {value}
      </a>
    );
  }
  if (field.kind === "relation" && field.relation && typeof value === "object" && value !== null && !Array.isArray(value)) {
    return (
      <Link href={`/${field.relation.module}/${value.id}`} className={linkClass}>
        {value.label}
      </Link>
    );
  }
  if (field.kind === "parent" && typeof value === "object" && value !== null && !Array.isArray(value) && value.module) {
    return (
      <Link href={`/${value.module}/${value.id}`} className={linkClass}>
        {text}
      </Link>
    );
  }
  if (field.kind === "file" && typeof value === "object" && value !== null && !Array.isArray(value)) {
    // Not the locale-prefixed Link: files are served by an API route, the same in every language.
    return (
      <a href={`/api/files/${encodeURIComponent(value.id)}`} download className={`${linkClass} break-all`}>
        {value.label}
      </a>
    );
  }
  if (field.kind === "textarea") return <span className="whitespace-pre-line">{text}</span>;
  return <>{text}</>;
}
