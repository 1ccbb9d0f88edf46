import "server-only";
import { cache } from "react";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordContext } from "@/lib/records/context";
import { displayValue, recordTitle, toEditable, toRecordRow, type DisplayContext } from "@/lib/records/display";
import { duplicateFilter, duplicateReasons, type DuplicateColumns, type DuplicateInput } from "@/lib/records/duplicates";
import { listPage, listPosition, sortColumnName, type SortColumns } from "@/lib/records/list";
import { binScope, recordScope } from "@/lib/records/scope";
import type { ListParams, ModuleDef } from "@/lib/records/types";
import type { DuplicateCandidate } from "@/lib/records/ui-types";
import type { Tx } from "@/lib/records/store";

export type Row = Record<string, unknown> & { id: string; version: number };
type Args = { where?: object; select?: object; orderBy?: object | object[]; take?: number };

/**
 * The few calls the record layer makes on a module's Prisma model. A module hands over its own delegate
 * (`(tx) => tx.client`), so every query stays on that model: there is no prisma[modelName] anywhere.
 */
export type Table = {
  findFirst(args: Args): PromiseLike<unknown>;
  findMany(args: Args): PromiseLike<unknown[]>;
  create(args: { data: never }): PromiseLike<unknown>;
  updateMany(args: { where: object; data: never }): PromiseLike<{ count: number }>;
};

export type ModelSpec = {
  def: ModuleDef;
  /** The module's strict form schema (id, version and every field) and one schema per field for inline edit. */
  schema: z.ZodObject;
  fieldSchemas: Record<string, z.ZodType>;
  table: (tx: Tx) => Table;
  /** Columns the list reads besides id, version, the title fields, the list columns and the sort columns. */
  listColumns?: readonly string[];
  /** The module's own sortable columns; created, modified, created by and « Assigné à » are added for every module. */
  sortColumns: SortColumns;
  /** Derived columns (name keys, email and phone keys) and search tokens, from a full set of stored values. */
  derive: (values: Record<string, unknown>) => { columns: Record<string, unknown>; tokens: string[] };
  duplicates?: {
    input: (values: Record<string, string>) => DuplicateInput;
    columns: DuplicateColumns;
    /** Columns shown beside a candidate to tell two people apart. */
    select: readonly string[];
    context: (row: Row, ctx: DisplayContext) => Record<string, string | null | undefined>;
  };
};

const SYSTEM_SORTS: SortColumns = {
  createdAt: { column: "createdAt", valueType: "date", nullable: false },
  updatedAt: { column: "updatedAt", valueType: "date", nullable: false },
  createdById: { column: "createdBySort", valueType: "string", nullable: false, from: "user" },
};
const ASSIGNED_SORT: SortColumns = { assignedUserId: { column: "assignedSort", valueType: "string", nullable: false, from: "user" } };

const pick = (names: Iterable<string>) => Object.fromEntries([...new Set(names)].map((n) => [n, true]));

export type RecordModel = ReturnType<typeof defineModel>;

/**
 * One record module's data layer, built from its definition and its own Prisma model: scoped reads (list, count,
 * position, detail, titles, duplicates, subpanels), the rows the shared save flow writes, and the recycle bin.
 * Everything every module does alike lives here once; a module's model.ts only says what is its own.
 */
export function defineModel(spec: ModelSpec) {
  const { def } = spec;
  const key = def.key;
  const hasAssigned = def.fields.some((f) => f.name === "assignedUserId");
  const sortColumns: SortColumns = { ...SYSTEM_SORTS, ...(hasAssigned ? ASSIGNED_SORT : {}), ...spec.sortColumns };
  const storedFields = def.fields.filter((f) => !f.virtual && !f.system);
  const titleSelect = pick(["id", "version", ...def.titleFields]);
  const sortCols = Object.values(sortColumns).flatMap((s) => (s.from === "label" ? [`${s.column}Fr`, `${s.column}En`] : [s.column]));
  const listColumnNames = def.fields.filter((f) => !f.virtual).map((f) => f.name);
  const listSelect = pick(["id", "version", ...def.titleFields, ...listColumnNames, ...sortCols, ...(spec.listColumns ?? [])]);
  const keySelect = pick(["id", ...sortCols]);
  const table = spec.table;

  const scoped = (user: CurrentUser, ...where: object[]) => ({ AND: [recordScope(user, key), ...where] });

  const contextFor = async (rows: Row[]) => recordContext(await relationLabels(def, rows));

  const listSpec = (params: ListParams, user: CurrentUser, where: object[] = []) => ({
    module: key,
    sortColumns,
    params,
    baseWhere: scoped(user, ...(params.mine && hasAssigned ? [{ assignedUserId: user.id }] : []), ...where),
    findMany: (args: { where: object; orderBy: object[]; take: number }) => table(db).findMany({ ...args, select: listSelect }) as Promise<Row[]>,
    findKeys: (args: { where: object; orderBy: object[]; take: number }) => table(db).findMany({ ...args, select: keySelect }) as Promise<Row[]>,
  });

  // Cached per request: the page's metadata and body both read the record.
  const detail = cache(async (id: string, user: CurrentUser) => {
    const row = (await table(db).findFirst({ where: scoped(user, { id }) })) as Row | null;
    if (!row) return null;
    const ctx = await contextFor([row]);
    const display = Object.fromEntries(def.fields.map((f) => [f.name, displayValue(def, f, row, ctx)]));
    return { row, editable: toEditable(def, row, ctx), display };
  });

  return {
    key,
    def,
    schema: spec.schema,
    fieldSchemas: spec.fieldSchemas,
    sortColumns,
    auditFields: storedFields.map((f) => f.name),
    derive: spec.derive,
    table,

    /** Parsed form fields → column values, only the keys present; a multienum's values are stored as JSON. */
    columns(fields: Record<string, unknown>): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const field of storedFields) {
        if (!(field.name in fields)) continue;
        const value = fields[field.name];
        // A title part left empty is "" in the database, so that names sort and display without "null".
        out[field.name] = field.kind === "multienum" ? JSON.stringify(value ?? []) : value === null && def.titleFields.includes(field.name) ? "" : value;
      }
      return out;
    },

    /** One record in the user's scope (or in the recycle bin), every column. */
    async find(tx: Tx, id: string, user: CurrentUser, opts?: { deleted?: boolean }) {
      const where = opts?.deleted ? { AND: [binScope(user, key), { id }] } : scoped(user, { id });
      return (await table(tx).findFirst({ where })) as (Row & { deletedAt: Date | null }) | null;
    },

    /** One keyset page of the list; `where` narrows it (a subpanel's parent). */
    async list(params: ListParams, user: CurrentUser, where: object[] = [], take?: number) {
      const page = await listPage(listSpec(params, user, where), take);
      const ctx = await contextFor(page.rows);
      const columns = def.listColumns;
      return { ...page, rows: page.rows.map((r) => toRecordRow(def, r, ctx, columns)) };
    },

    async position(id: string, params: ListParams, user: CurrentUser) {
      const [row] = (await table(db).findMany({ where: scoped(user, { id }), select: keySelect, take: 1 })) as Row[];
      return row ? listPosition(listSpec(params, user), row) : null;
    },

    detail,
    editable: async (id: string, user: CurrentUser) => (await detail(id, user))?.editable ?? null,
    fieldDisplay: async (id: string, field: string, user: CurrentUser) => (await detail(id, user))?.display[field] ?? null,

    /** Titles of records in the user's scope (Favoris, Dernières consultations, relation labels). */
    async titles(ids: readonly string[], user: CurrentUser | null = null): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const where = { id: { in: [...new Set(ids)] } };
      const rows = (await table(db).findMany({ where: user ? scoped(user, where) : { AND: [{ deletedAt: null }, where] }, select: titleSelect })) as Row[];
      return new Map(rows.map((r) => [r.id, recordTitle(def, r)]));
    },

    /** Titles whatever the recycle bin says, with the deleted ones marked (a contact's partner that was deleted). */
    async labels(ids: readonly string[]): Promise<Map<string, { label: string; deleted: boolean }>> {
      if (ids.length === 0) return new Map();
      const rows = (await table(db).findMany({ where: { id: { in: [...new Set(ids)] } }, select: { ...titleSelect, deletedAt: true } })) as (Row & { deletedAt: Date | null })[];
      return new Map(rows.map((r) => [r.id, { label: recordTitle(def, r), deleted: r.deletedAt !== null }]));
    },

    /** The recycle bin's entries of this module, most recently deleted first. */
    async bin(user: CurrentUser, take: number) {
      const rows = (await table(db).findMany({ where: binScope(user, key), orderBy: { deletedAt: "desc" }, take, select: { ...titleSelect, deletedAt: true } })) as (Row & { deletedAt: Date })[];
      return rows.map((r) => ({ module: key, id: r.id, title: recordTitle(def, r), deletedAt: r.deletedAt }));
    },

    /** Search-as-you-type for a relation picker: the list's own token search, first ten by the default order. */
    async options(q: string, user: CurrentUser) {
      const params: ListParams = { q, sort: def.defaultSort.field, dir: def.defaultSort.dir, cursor: null, before: false, mine: false };
      const page = await listPage(listSpec(params, user), 10);
      return page.rows.map((r) => ({ id: r.id, label: recordTitle(def, r) }));
    },

    async findDuplicates(values: Record<string, string>, excludeId: string | null, user: CurrentUser): Promise<DuplicateCandidate[]> {
      const dup = spec.duplicates;
      if (!dup) return [];
      const input = dup.input(values);
      const match = duplicateFilter(input, dup.columns);
      if (!match) return [];
      const select = pick(["id", "version", "nameKey", ...def.titleFields, ...dup.columns.email, ...dup.columns.phone, ...dup.select]);
      const rows = (await table(db).findMany({ where: scoped(user, match, ...(excludeId ? [{ id: { not: excludeId } }] : [])), take: 5, select })) as Row[];
      const ctx = await contextFor(rows);
      return rows.map((r) => ({
        id: r.id,
        title: recordTitle(def, r),
        reasons: duplicateReasons(r, input, dup.columns),
        context: Object.fromEntries(Object.entries(dup.context(r, ctx)).filter((e): e is [string, string] => !!e[1])),
      }));
    },

    /** The real sort column of a field in a language (a list value's label column). */
    sortColumn: (field: string, locale: string) => sortColumnName(sortColumns[field], locale),
  };
}

/** Labels of the records the rows' relation fields point to, deleted ones included and marked. */
async function relationLabels(def: ModuleDef, rows: Row[]): Promise<DisplayContext["relations"]> {
  const { modelOf } = await import("@/lib/modules/registry");
  const out: DisplayContext["relations"] = {};
  for (const field of def.fields.filter((f) => f.kind === "relation" && f.relation)) {
    const target = modelOf(field.relation!.module);
    const ids = rows.map((r) => r[field.name]).filter((v): v is string => typeof v === "string");
    if (!target || ids.length === 0) continue;
    out[field.name] = await target.labels(ids);
  }
  return out;
}
