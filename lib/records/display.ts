import { parentColumns, type DisplayValue, type FieldDef, type ModuleDef, type RecordRow } from "@/lib/records/types";
import { utcToWallTime } from "@/lib/records/wall-time";
import type { EditableRecord, FormValues } from "@/lib/records/ui-types";

/** What turning stored values into display text needs; built once per request by recordContext(). */
const MAX_KEPT = 5000;

/**
 * A page's or an export's translator for display values: a label without placeholders (a yes/no, a list value's
 * name, a module's name) is looked up once and kept, since a 100,000-row export asks the same few thousands of
 * times and each call goes through the message formatter's memo.
 */
export function displayTranslator(t: (key: never, values?: never) => string): DisplayContext["t"] {
  const kept = new Map<string, string>();
  return (key, values) => {
    // A duration's « 1 h 30 » comes back on row after row of an export: formatted once per distinct value too,
    // up to a bound, so that one translator kept for a whole export cannot grow with its rows.
    const id = values ? `${key}\u0001${JSON.stringify(values)}` : key;
    let text = kept.get(id);
    if (text === undefined) {
      text = values ? t(key as never, values as never) : t(key as never);
      if (!values || kept.size < MAX_KEPT) kept.set(id, text);
    }
    return text;
  };
}

// « Client : Aputi Kilabuk » is formatted once per module with a stand-in for the record's label, which is then put
// in: formatting the message for every row was a seventh of an export's time.
const STAND_IN = "\u0000";
const parentTemplates = new WeakMap<DisplayContext["t"], Map<string, string>>();

function parentLabel(ctx: DisplayContext, module: string, label: string): string {
  let byModule = parentTemplates.get(ctx.t);
  if (!byModule) parentTemplates.set(ctx.t, (byModule = new Map()));
  let template = byModule.get(module);
  if (template === undefined) byModule.set(module, (template = ctx.t("records.parentLabel", { type: ctx.t(`modules.${module}.singular`), label: STAND_IN })));
  return template.replace(STAND_IN, () => label);
}

export type DisplayContext = {
  t: (key: string, values?: Record<string, string | number>) => string;
  picklists: Map<string, string>;
  users: Map<string, string>;
  /** field → (id → label, and whether that record is in the recycle bin) for relation fields. */
  relations: Record<string, Map<string, { label: string; deleted: boolean }>>;
  formatDate: (isoDate: string) => string;
  /** An instant in the user's time zone, « 30 août 2025, 6 h 00 » / "Aug 30, 2025, 6:00 AM". */
  formatDateTime: (instant: Date) => string;
  /** The user's time zone: date-time fields are edited as wall time in it. */
  timeZone: string;
};

/** Minutes → « 1 h 30 min », « 2 h », « 15 min ». */
export function formatDuration(minutes: number, t: DisplayContext["t"]): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("records.durationMinutes", { minutes: rest });
  return rest === 0 ? t("records.durationHours", { hours }) : t("records.durationHoursMinutes", { hours, minutes: rest });
}

/** The « Lié à » record a row points to: the first of its modules' columns that is set. */
export function parentOf(field: FieldDef, row: Record<string, unknown>): { module: string; id: string } | null {
  for (const [module, column] of Object.entries(parentColumns(field))) {
    const id = row[column];
    if (typeof id === "string" && id !== "") return { module, id };
  }
  return null;
}

export function parseJsonArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string" || value === "") return [];
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

export function recordTitle(def: ModuleDef, row: Record<string, unknown>): string {
  return def.titleFields
    .map((f) => row[f])
    .filter((v) => typeof v === "string" && v.trim() !== "")
    .join(" ");
}

/**
 * A North American number as staff write it, « (867) 555-0123 », whatever way it was typed, with no-break spaces
 * so that a table cell never splits it; anything else (international numbers, extensions) stays as typed.
 */
export function formatPhone(value: string): string {
  const digits = value.replace(/\D/g, "");
  const national = digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits;
  if (national.length !== 10 || /[^\d\s().+-]/.test(value)) return value;
  return `(${national.slice(0, 3)})\u00a0${national.slice(3, 6)}\u2011${national.slice(6)}`;
}

function optionLabel(def: ModuleDef, field: FieldDef, value: string, ctx: DisplayContext): string {
  if (field.picklist) return ctx.picklists.get(`${field.picklist}:${value}`) ?? value;
  return ctx.t(`modules.${def.key}.options.${field.name}.${value}`);
}

export function displayValue(def: ModuleDef, field: FieldDef, row: Record<string, unknown>, ctx: DisplayContext): DisplayValue {
  if (field.virtual) return recordTitle(def, row);
  if (field.kind === "parent") {
    const parent = parentOf(field, row);
    const found = parent ? ctx.relations[field.name]?.get(`${parent.module}:${parent.id}`) : undefined;
    if (!parent || !found) return null;
    const label = parentLabel(ctx, parent.module, found.label);
    return { id: parent.id, label, module: parent.module, ...(found.deleted ? { deleted: true } : {}) };
  }
  const raw = row[field.name];
  if (raw === null || raw === undefined || raw === "") return field.kind === "multienum" || field.kind === "users" ? [] : null;
  switch (field.kind) {
    case "boolean":
      return Boolean(raw);
    case "number":
      return Number(raw);
    case "enum":
      return optionLabel(def, field, String(raw), ctx);
    case "multienum":
      return parseJsonArray(raw).map((v) => optionLabel(def, field, v, ctx));
    case "date":
      return ctx.formatDate(String(raw));
    case "phone":
      return formatPhone(String(raw));
    case "datetime": {
      const instant = raw instanceof Date ? raw : new Date(String(raw));
      return Number.isNaN(instant.getTime()) ? String(raw) : ctx.formatDateTime(instant);
    }
    case "duration":
      return formatDuration(Number(raw), ctx.t);
    case "user":
      return ctx.users.get(String(raw)) ?? null;
    case "users":
      return parseJsonArray(raw).flatMap((id) => ctx.users.get(id) ?? []);
    case "file": {
      const name = row[`${field.name}Name`];
      return { id: String(raw), label: typeof name === "string" && name !== "" ? name : ctx.t("records.file") };
    }
    case "relation": {
      const found = ctx.relations[field.name]?.get(String(raw));
      return found === undefined ? null : { id: String(raw), label: found.label, module: field.relation?.module, ...(found.deleted ? { deleted: true } : {}) };
    }
    default:
      return String(raw);
  }
}

export function toRecordRow(def: ModuleDef, row: Record<string, unknown> & { id: string; version: number }, ctx: DisplayContext, fields: readonly string[]): RecordRow {
  const values: Record<string, DisplayValue> = {};
  for (const name of fields) {
    const field = def.fields.find((f) => f.name === name);
    if (field) values[name] = displayValue(def, field, row, ctx);
  }
  return { id: row.id, version: row.version, title: recordTitle(def, row), values };
}

/**
 * Stored values as the form edits them: a date-time as wall time "YYYY-MM-DDTHH:mm" in `timeZone`, a « Lié à »
 * field as its JSON value `{"module","id"}`, a users field as its ids.
 */
export function formValuesOf(def: ModuleDef, row: Record<string, unknown>, timeZone = "UTC"): FormValues {
  const values: FormValues = {};
  for (const field of def.fields) {
    if (field.virtual || field.computed || field.kind === "file") continue;
    const raw = row[field.name];
    if (field.kind === "parent") {
      const parent = parentOf(field, row);
      values[field.name] = parent ? JSON.stringify(parent) : "";
    } else if (field.kind === "datetime" && raw instanceof Date) values[field.name] = utcToWallTime(raw, timeZone);
    else if (field.kind === "multienum" || field.kind === "users") values[field.name] = parseJsonArray(raw);
    else if (field.kind === "boolean") values[field.name] = Boolean(raw);
    else values[field.name] = raw === null || raw === undefined ? "" : raw instanceof Date ? raw.toISOString() : String(raw);
  }
  return values;
}

export function toEditable(def: ModuleDef, row: Record<string, unknown> & { id: string; version: number }, ctx: DisplayContext): EditableRecord {
  const relationLabels: EditableRecord["relationLabels"] = {};
  for (const field of def.fields.filter((f) => f.kind === "relation")) {
    const id = row[field.name];
    const found = typeof id === "string" ? ctx.relations[field.name]?.get(id) : undefined;
    relationLabels[field.name] = typeof id === "string" && found !== undefined ? { id, label: found.label, ...(found.deleted ? { deleted: true } : {}) } : null;
  }
  // A « Lié à » picker shows the record's own title; its type is in the selector beside it.
  for (const field of def.fields.filter((f) => f.kind === "parent")) {
    const parent = parentOf(field, row);
    const found = parent ? ctx.relations[field.name]?.get(`${parent.module}:${parent.id}`) : undefined;
    relationLabels[field.name] = parent && found ? { id: parent.id, label: found.label, ...(found.deleted ? { deleted: true } : {}) } : null;
  }
  return { id: row.id, version: row.version, title: recordTitle(def, row), values: formValuesOf(def, row, ctx.timeZone), relationLabels };
}
