// One CSV line → the values a record form would send: list values through the wizard's value mapping, dates and
// times in the shapes the form accepts, yes/no words, durations in minutes. Pure: relations and users are
// resolved by the caller (lib/import/resolve.ts), validation is the module's own schema.
import type { FieldDef } from "@/lib/records/types";
import { dateFromText, dateTimeFromText } from "@/lib/records/date-text";
import { fold, splitMulti } from "@/lib/import/suggest";

/** Column index → target field name (or null: column ignored). */
export type Mapping = (string | null)[];
/** Field → value found in the file → our value ("" leaves the field empty). */
export type ValueMap = Record<string, Record<string, string>>;

const YES = new Set(["1", "oui", "yes", "true", "vrai", "x", "o", "y", "on"]);

export function booleanCell(raw: string): string {
  return YES.has(fold(raw)) ? "true" : "false";
}

/** "90", "1:30", "1 h 30", "2h" → minutes as text; anything else is left for the schema to refuse. */
export function durationCell(raw: string): string {
  const v = raw.trim();
  if (/^\d+$/.test(v)) return v;
  const m = /^(\d+)\s*(?:h|:)\s*(\d{1,2})?\s*(?:m|min)?$/i.exec(v);
  return m ? String(Number(m[1]) * 60 + Number(m[2] ?? 0)) : v;
}

/** "2024-03-15 14:30:00", "15/03/2024 14:30", a date alone (midnight) → "YYYY-MM-DDTHH:mm". */
export function dateTimeCell(raw: string): string {
  const v = raw.trim();
  if (!v) return "";
  const m = /^(\S+?)(?:T|\s+)(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z)?$/.exec(v);
  if (m) return dateTimeFromText(`${m[1]} ${m[2]}:${m[3]}`);
  const day = dateFromText(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00` : v;
}

/** A date, with a time part a SuiteCRM export may add dropped. */
export function dateCell(raw: string): string {
  const v = raw.trim().replace(/[T\s]\d{1,2}:\d{2}(:\d{2})?$/, "");
  return dateFromText(v);
}

export function listCell(field: FieldDef, raw: string, values: Record<string, string> | undefined): string | string[] {
  const mapped = (v: string) => (values && Object.hasOwn(values, v) ? values[v] : v);
  if (field.kind === "multienum") return splitMulti(raw).map(mapped).filter((v) => v !== "");
  const v = raw.trim();
  return v === "" ? "" : mapped(v);
}

/** The form-shaped value of one cell for its field (relations and users still as the raw text). */
export function cellValue(field: FieldDef, raw: string, values: ValueMap): unknown {
  switch (field.kind) {
    case "enum":
    case "multienum":
      return listCell(field, raw, values[field.name]);
    case "boolean":
      return booleanCell(raw);
    case "date":
      return dateCell(raw);
    case "datetime":
      return dateTimeCell(raw);
    case "duration":
      return durationCell(raw);
    default:
      return raw.trim();
  }
}

/** The distinct non-empty values of each list field's column, at most `max` each, most frequent first. */
export function distinctValues(rows: readonly string[][], mapping: Mapping, fields: readonly FieldDef[], max = 60): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const field of fields) {
    const column = mapping.indexOf(field.name);
    if (column < 0) continue;
    const counts = new Map<string, number>();
    for (const row of rows) {
      const parts = field.kind === "multienum" ? splitMulti(row[column] ?? "") : [(row[column] ?? "").trim()];
      for (const p of parts) if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    out[field.name] = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, max).map(([v]) => v);
  }
  return out;
}
