import { hiddenFields } from "@/lib/auth/access";
import { filterableFields, filterParams, parseFilters, type RawSearch } from "@/lib/records/filters";
import type { FieldDef, ModuleDef } from "@/lib/records/types";
import type { ReportUser } from "@/lib/reports/types";

// What a built report is: a module, columns, filter criteria, an optional grouping. It travels in the builder's
// address (`module`, `cols`, `group`, and the list's `f.*` criteria) and is saved as the same pieces.

export type BuilderSpec = { module: string; columns: string[]; groupBy: string | null; query: string };

const GROUPABLE = new Set(["enum", "user", "boolean"]);
export const MAX_COLUMNS = 20;
export const MAX_BUILDER_ROWS = 500;

/** Fields the user may show: stored or computed, not hidden from their role. */
export function columnFields(def: ModuleDef, hidden: ReadonlySet<string>): FieldDef[] {
  return def.fields.filter((f) => !f.virtual && f.kind !== "file" && !hidden.has(f.name) && f.kind !== "textarea");
}

/** Fields a report may be grouped by (a count per value): lists of values, users, yes/no. */
export function groupFields(def: ModuleDef, hidden: ReadonlySet<string>): FieldDef[] {
  return def.fields.filter((f) => !f.virtual && !f.computed && GROUPABLE.has(f.kind) && !hidden.has(f.name));
}

/** Fields the builder's criteria rows may name. */
export function criterionFields(def: ModuleDef, hidden: ReadonlySet<string>): FieldDef[] {
  return filterableFields(def).filter((f) => !hidden.has(f.name));
}

/**
 * The builder's criteria rows (`cf`, `co`, `cv`, `ct`: field, operator, value, end of range, repeated) and any
 * list criteria (`f.*`) as one canonical query, checked by the list's own strict parse. Hidden fields are dropped.
 */
export function criteriaQuery(def: ModuleDef, search: RawSearch, hidden: ReadonlySet<string>): string {
  const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const merged: RawSearch = Object.fromEntries(Object.entries(search).filter(([k]) => k.startsWith("f.")));
  const [fields, ops, values, ends] = (["cf", "co", "cv", "ct"] as const).map((k) => all(search[k]));
  fields.forEach((field, i) => {
    if (!field || !ops[i] || !/^[A-Za-z0-9_]{1,64}$/.test(field)) return;
    merged[`f.${field}`] = ops[i];
    if (values[i]) merged[`f.${field}.v`] = values[i];
    if (ends[i]) merged[`f.${field}.to`] = ends[i];
  });
  const { criteria } = parseFilters(merged, def);
  return new URLSearchParams(filterParams(criteria.filter((c) => !hidden.has(c.field)))).toString();
}

/** A spec from the builder's address or a saved row, cleaned against the module and the user's hidden fields. */
export async function cleanSpec(def: ModuleDef, user: ReportUser, raw: { columns: readonly string[]; groupBy: string | null; search: RawSearch }): Promise<BuilderSpec> {
  const hidden = await hiddenFields(user, def.key);
  const allowed = new Set(columnFields(def, hidden).map((f) => f.name));
  const columns = [...new Set(raw.columns)].filter((c) => allowed.has(c)).slice(0, MAX_COLUMNS);
  const groupBy = raw.groupBy && groupFields(def, hidden).some((f) => f.name === raw.groupBy) ? raw.groupBy : null;
  return { module: def.key, columns: columns.length ? columns : def.listColumns.filter((c) => allowed.has(c)), groupBy, query: criteriaQuery(def, raw.search, hidden) };
}
