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

/** Display value → plain text (boolean → Oui/Non, list → "a, b", relation → its label, nothing → « — »). */
export function useDisplayText() {
  const t = useTranslations("records");
  return (value: DisplayValue | undefined): string => {
    if (isBlank(value)) return t("empty");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (Array.isArray(value)) return value.join(", ");
    if (typeof value === "object" && value !== null) return value.deleted ? t("deletedRecord", { label: value.label }) : value.label;
    return String(value);
  };
}

/**
 * One value as the list and the detail show it. Everything renders as text (React escapes it). Links only where
 * they are safe: url fields starting with http(s):// (new tab, no opener), email → mailto:, phone → tel:, relation
 * → the related record. `plain` turns links off (inside another link, e.g. the list's first column).
 */
export function DisplayValueView({ value, field, plain }: { value: DisplayValue | undefined; field?: FieldDef; plain?: boolean }) {
  // A related record in the recycle bin reads « Marie Côté (supprimé) » (useDisplayText marks it).
  const text = useDisplayText()(value);
  if (isBlank(value)) return <span className="value-empty">{text}</span>;
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
    // A record in the recycle bin has no page to open: its name, marked.
    if (value.deleted) return <>{text}</>;
    return (
      <Link href={`/${field.relation.module}/${value.id}`} className={linkClass}>
        {value.label}
      </Link>
    );
  }
  if (field.kind === "parent" && typeof value === "object" && value !== null && !Array.isArray(value) && value.module) {
    // A record in the recycle bin has no page to open: its name is shown, marked, without a link.
    if (value.deleted) return <span className="text-slate-500 dark:text-slate-400">{text}</span>;
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
