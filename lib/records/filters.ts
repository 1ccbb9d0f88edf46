// « Filtre avancé »: criteria on several fields, each by its kind, held in the list's address as
// `f.<field>=<op>` with `f.<field>.v=<value>` (repeated for several list values) and `f.<field>.to=<end>`.
// The address is untrusted: a criterion is kept only when its field is a filterable field of the module's own
// definition and its operator and values are valid for that field's kind. Anything else is dropped (reported in
// `refused`), never passed to Prisma. The where-fragment names only definition columns.
import { z } from "zod";
import { parentColumns, type FieldDef, type FieldKind, type ModuleDef } from "@/lib/records/types";
import { wallTimeToUtc } from "@/lib/records/wall-time";

import type { Criterion, Op } from "@/lib/records/criteria";

export type { Criterion, Op };
export { filterParams } from "@/lib/records/criteria";

const MAX_CRITERIA = 20;
const MAX_VALUES = 50;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const OPS: Record<FieldKind, readonly Op[]> = {
  text: ["contains", "starts", "empty", "notEmpty"],
  textarea: ["contains", "empty", "notEmpty"],
  email: ["contains", "starts", "empty", "notEmpty"],
  phone: ["contains", "starts", "empty", "notEmpty"],
  url: ["contains", "empty", "notEmpty"],
  enum: ["in", "empty", "notEmpty"],
  multienum: ["in", "empty", "notEmpty"],
  date: ["range", "empty", "notEmpty"],
  datetime: ["range", "empty", "notEmpty"],
  number: ["range", "empty", "notEmpty"],
  duration: ["range", "empty", "notEmpty"],
  boolean: ["is"],
  relation: ["is", "empty", "notEmpty"],
  user: ["is", "empty", "notEmpty"],
  users: ["is", "empty", "notEmpty"],
  parent: ["is", "empty", "notEmpty"],
  file: ["empty", "notEmpty"],
};

/** Fields a user may filter on: stored ones (the system fields included), not the computed or virtual ones. */
export function filterableFields(def: ModuleDef): FieldDef[] {
  return def.fields.filter((f) => !f.virtual && !f.computed);
}

/** Operators offered for a field: a required field is never empty. */
export function opsFor(field: FieldDef): readonly Op[] {
  const ops = OPS[field.kind];
  return field.required || field.system ? ops.filter((o) => o !== "empty" && o !== "notEmpty") : ops;
}

const text = z.string().trim().min(1).max(255);
const day = z.string().regex(DAY).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
const num = z.string().trim().max(20).regex(/^-?\d+(\.\d+)?$/);

/** The values a field's kind accepts for "is" / "in" / "range". */
function rangeValue(field: FieldDef) {
  return field.kind === "date" || field.kind === "datetime" ? day : num;
}

// Building a zod schema costs more than parsing with it, and every list address is parsed: one per field, kept.
const built = { is: new WeakMap<FieldDef, z.ZodType<string>>(), in: new WeakMap<FieldDef, z.ZodType<string[]>>() };
function once<T>(map: WeakMap<FieldDef, T>, field: FieldDef, build: (f: FieldDef) => T): T {
  let schema = map.get(field);
  if (!schema) map.set(field, (schema = build(field)));
  return schema;
}
const isSchema = (field: FieldDef) => once(built.is, field, isValue);
const inSchema = (field: FieldDef) => once(built.in, field, (f) => z.array(listValue(f)).min(1).max(MAX_VALUES));

function isValue(field: FieldDef): z.ZodType<string> {
  if (field.kind === "boolean") return z.enum(["1", "0"]);
  if (field.kind === "user") return z.union([z.literal("me"), z.string().regex(ID)]);
  if (field.kind === "parent") {
    const modules = field.parent?.modules ?? [];
    return z.string().refine((s) => {
      const [module, id, ...rest] = s.split(":");
      return rest.length === 0 && modules.includes(module) && ID.test(id ?? "");
    });
  }
  return z.string().regex(ID);
}
function listValue(field: FieldDef) {
  return field.options ? z.enum(field.options as [string, ...string[]]) : z.string().regex(/^[\p{L}\p{N}_-]{1,64}$/u);
}

export type RawSearch = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const first = (v: string | string[] | undefined): string | undefined => all(v)[0];

/** The criteria of an address, checked against the module's definition; `refused` names what was dropped. */
export function parseFilters(search: RawSearch, def: ModuleDef): { criteria: Criterion[]; refused: string[] } {
  const fields = new Map(filterableFields(def).map((f) => [f.name, f]));
  const criteria: Criterion[] = [];
  const refused: string[] = [];
  for (const key of Object.keys(search)) {
    const m = /^f\.([A-Za-z0-9_]{1,64})$/.exec(key);
    if (!m) continue;
    const rawOp = first(search[key]);
    // An empty operator is a row of the panel left unused.
    if (!rawOp) continue;
    const field = fields.get(m[1]);
    const c = field && criteria.length < MAX_CRITERIA ? criterionOf(field, rawOp, all(search[`${key}.v`]), first(search[`${key}.to`])) : null;
    if (c) criteria.push(c);
    else refused.push(key);
  }
  return { criteria, refused };
}

function criterionOf(field: FieldDef, rawOp: string, values: string[], to: string | undefined): Criterion | null {
  const op = opsFor(field).find((o) => o === rawOp);
  if (!op) return null;
  const name = field.name;
  switch (op) {
    case "empty":
    case "notEmpty":
      return { field: name, op };
    case "contains":
    case "starts": {
      const v = text.safeParse(values[0]);
      return v.success ? { field: name, op, value: v.data } : null;
    }
    case "in": {
      const parsed = inSchema(field).safeParse([...new Set(values.filter(Boolean))]);
      return parsed.success ? { field: name, op, values: parsed.data } : null;
    }
    case "is": {
      const v = isSchema(field).safeParse(values[0]);
      return v.success ? { field: name, op, value: v.data } : null;
    }
    case "range": {
      const schema = rangeValue(field);
      const from = values[0] ? schema.safeParse(values[0]) : null;
      const end = to ? schema.safeParse(to) : null;
      if ((from && !from.success) || (end && !end.success) || (!from && !end)) return null;
      return { field: name, op, from: from?.data ?? null, to: end?.data ?? null };
    }
  }
}

export type FilterContext = { userId: string; timeZone: string; postgres: boolean };

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Prisma where-fragments (AND-ed) for parsed criteria. */
export function filterWhere(def: ModuleDef, criteria: readonly Criterion[], ctx: FilterContext): object[] {
  const fields = new Map(def.fields.map((f) => [f.name, f]));
  return criteria.flatMap((c) => {
    const field = fields.get(c.field);
    return field ? [criterionWhere(def, field, c, ctx)] : [];
  });
}

function criterionWhere(def: ModuleDef, field: FieldDef, c: Criterion, ctx: FilterContext): object {
  const col = field.name;
  // PostgreSQL compares text with case; SQLite's LIKE already ignores ASCII case.
  const mode = ctx.postgres ? { mode: "insensitive" } : {};
  const isJsonList = field.kind === "multienum" || field.kind === "users";
  const isText = !["number", "duration", "boolean", "datetime"].includes(field.kind);
  switch (c.op) {
    case "contains":
      return { [col]: { contains: c.value, ...mode } };
    case "starts":
      return { [col]: { startsWith: c.value, ...mode } };
    case "in":
      if (isJsonList) return { OR: c.values.map((v) => ({ [col]: { contains: JSON.stringify(v) } })) };
      // One chosen value is an equality: the same index, without a bound list to plan.
      return c.values.length === 1 ? { [col]: c.values[0] } : { [col]: { in: c.values } };
    case "is": {
      if (field.kind === "boolean") return { [col]: c.value === "1" };
      const value = c.value === "me" ? ctx.userId : c.value;
      if (field.kind === "users") return { [col]: { contains: JSON.stringify(value) } };
      if (field.kind === "parent") {
        const [module, id] = value.split(":");
        return { [parentColumns(field)[module]]: id };
      }
      return { [col]: value };
    }
    case "range": {
      const bound = (v: string | null, end: boolean) => {
        if (v === null) return undefined;
        if (field.kind === "date") return v;
        if (field.kind === "datetime") return wallTimeToUtc(`${end ? nextDay(v) : v}T00:00`, ctx.timeZone);
        return Number(v);
      };
      const from = bound(c.from, false);
      const to = bound(c.to, true);
      // A date-time range ends before the next day starts in the user's zone; the others include their end.
      const upper = field.kind === "datetime" ? { lt: to } : { lte: to };
      return { [col]: { ...(from !== undefined ? { gte: from } : {}), ...(to !== undefined ? upper : {}) } };
    }
    case "empty":
    case "notEmpty": {
      const empty = emptyWhere(def, field, isJsonList, isText);
      return c.op === "empty" ? empty : { NOT: empty };
    }
  }
}

function emptyWhere(def: ModuleDef, field: FieldDef, isJsonList: boolean, isText: boolean): object {
  if (field.kind === "parent") return { AND: Object.values(parentColumns(field)).map((column) => ({ OR: [{ [column]: null }, { [column]: "" }] })) };
  if (isJsonList) return { [field.name]: { in: ["", "[]"] } };
  // A title part is stored "" (never null) so that names sort without "null".
  if (def.titleFields.includes(field.name)) return { [field.name]: "" };
  return isText ? { OR: [{ [field.name]: null }, { [field.name]: "" }] } : { [field.name]: null };
}
