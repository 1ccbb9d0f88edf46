import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordContext } from "@/lib/records/context";
import { displayValue, recordTitle, toEditable, toRecordRow, type DisplayContext } from "@/lib/records/display";
import { duplicateFilter, duplicateFiltersAny, duplicateReasons, earlierMatches, type DuplicateColumns, type DuplicateInput } from "@/lib/records/duplicates";
import { listPage, listPosition, sortColumnName, type SortColumns } from "@/lib/records/list";
import { filterWhere } from "@/lib/records/filters";
import { isPostgres } from "@/lib/records/engine";
import { binScope, recordScope } from "@/lib/records/scope";
import { canModule, hiddenFields, readScopeKind } from "@/lib/auth/access";
import { loadRegistry } from "@/lib/modules/registry-lazy";
import { isFormField, parentColumns, type FieldDef, type ListParams, type ModuleDef } from "@/lib/records/types";
import { dateFromText, dateTimeFromText } from "@/lib/records/date-text";
import { wallTimeToUtc } from "@/lib/records/wall-time";
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
  count?(args: Args): PromiseLike<number>;
  create(args: { data: never }): PromiseLike<unknown>;
  /** The SQL table (a Prisma delegate's model name): a batch writes its new rows there in multi-row INSERTs. */
  readonly name?: string;
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
  /** Values of the definition's `computed` fields, from a row as read (every column on the detail, the list's columns otherwise). */
  compute?: (row: Row, context: unknown) => Record<string, unknown>;
  /** Read once per list page or detail before `compute` runs (a setting the computed value depends on). */
  computeContext?: () => Promise<unknown>;
  /** Where-fragments that filter on a computed field by value on indexed columns (« CV à jour » → cvKey range). */
  computedFilters?: Record<string, (value: boolean) => Promise<object>>;
  /** Ids of the records also attached to a parent otherwise than by their own field (a document « Sélectionné » on a client). */
  attachedIds?: (module: string, recordId: string) => Promise<string[]>;
  /** Runs inside the transaction that moves the record to the recycle bin (`deleted`) or back. */
  afterBinChange?: (tx: Tx, change: { id: string; row: Row; deleted: boolean }) => Promise<void>;
  /**
   * Runs inside the saving transaction after the row, tokens and change log are written (create: `before` is
   * null): a module's own consequences of a save, such as scheduling its reminders.
   */
  afterSave?: (tx: Tx, change: { id: string; before: Row | null; after: Row; user: CurrentUser }) => Promise<void>;
  /**
   * Runs inside the saving transaction before the row is written, with every stored value the row will hold: a
   * module's own rules that need the database (a number another record holds) throw an ActionError with field
   * errors; the columns it returns are written too. A unique-constraint violation raised by a concurrent save is
   * retried once, so this check reports it as a message.
   */
  beforeSave?: (tx: Tx, change: { id: string | null; before: Row | null; values: Record<string, unknown>; user: CurrentUser }) => Promise<Record<string, unknown> | void>;
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
  const storedFields = def.fields.filter((f) => !f.virtual && !f.system && !f.computed);
  const formFields = def.fields.filter(isFormField);
  const titleSelect = pick(["id", "version", ...def.titleFields]);
  const sortCols = Object.values(sortColumns).flatMap((s) => (s.from === "label" ? [`${s.column}Fr`, `${s.column}En`] : [s.column]));
  const listColumnNames = def.fields.filter((f) => !f.virtual && !f.computed).flatMap(storedColumns);
  const listSelect = pick(["id", "version", ...def.titleFields, ...listColumnNames, ...sortCols, ...(spec.listColumns ?? [])]);
  // A list page reads only what it shows: a client's 43 columns include a 10,000-character description, and
  // reading and converting them cost more than the page's own query.
  const shownSelect = (columns: readonly string[]) => {
    const shown = def.fields.filter((f) => columns.includes(f.name) && !f.virtual && !f.computed).flatMap(storedColumns);
    // The sort column the page is read in is added by listSpec: the other sorts' columns would be read for nothing.
    return pick(["id", "version", ...def.titleFields, ...shown, ...(spec.listColumns ?? [])]);
  };
  const keySelect = pick(["id", ...sortCols]);
  const table = spec.table;

  const scoped = async (user: CurrentUser, ...where: object[]) => ({ AND: [await recordScope(user, key), ...where] });
  const hidden = (user: CurrentUser) => hiddenFields(user, key);
  const visible = (fields: Record<string, unknown>, hide: ReadonlySet<string>) => Object.fromEntries(Object.entries(fields).filter(([name]) => !hide.has(name)));

  const contextFor = async (rows: Row[]) => recordContext(await relationLabels(def, rows));
  const withComputed = (row: Row, context: unknown): Row => (spec.compute ? { ...row, ...spec.compute(row, context) } : row);
  const computeContext = () => spec.computeContext?.() ?? Promise.resolve(undefined);
  // The page writes dates as « 30/08/2025 » in French; both shapes reach the field's own builder as ISO.
  const pageDates = (values: unknown) => {
    if (typeof values !== "object" || values === null || Array.isArray(values)) return values;
    const out: Record<string, unknown> = { ...values };
    for (const field of formFields) {
      const v = out[field.name];
      if (typeof v === "string") out[field.name] = pageText(field, v);
    }
    return out;
  };

  // A yes/no criterion on a field the model computes (« CV à jour ») filters on what the list shows, not on the
  // typed column behind it.
  const isComputedCriterion = (c: { field: string; op: string }) => c.op === "is" && !!spec.computedFilters && Object.hasOwn(spec.computedFilters, c.field);
  // A field the user may not see can be neither a criterion nor the sort (a filter answers questions too):
  // whatever the address says, it is dropped and the list falls back to its default order.
  const withoutHidden = async (params: ListParams, user: CurrentUser): Promise<ListParams> => {
    const hide = await hidden(user);
    if (hide.size === 0) return params;
    const sort = hide.has(params.sort) ? (hide.has(def.defaultSort.field) ? { sort: "createdAt", dir: "desc" as const } : { sort: def.defaultSort.field, dir: def.defaultSort.dir }) : {};
    return { ...params, ...sort, criteria: params.criteria?.filter((c) => !hide.has(c.field)) };
  };
  const listSpec = async (asked: ListParams, user: CurrentUser, where: object[] = [], shown: object = listSelect) => {
    const params = await withoutHidden(asked, user);
    const sortColumn = sortColumnName(sortColumns[params.sort], params.locale);
    const select = { ...shown, [sortColumn]: true };
    const keys = { id: true, [sortColumn]: true };
    // Live records in the user's whole read scope and nothing else: a quick search can then run as SQL.
    const plain = !params.mine && !params.criteria?.length && where.length === 0 && (await readScopeKind(user, key)) === "all" && (await canModule(user, key, "read"));
    return {
      plainTable: plain ? table(db).name : undefined,
      module: key,
      sortColumns,
      params,
      baseWhere: await scoped(
        user,
        ...(params.mine && hasAssigned ? [{ assignedUserId: user.id }] : []),
        ...filterWhere(def, (params.criteria ?? []).filter((c) => !isComputedCriterion(c)), { userId: user.id, timeZone: user.timeZone, postgres: isPostgres() }),
        ...(await Promise.all((params.criteria ?? []).filter(isComputedCriterion).map((c) => spec.computedFilters![c.field]("value" in c && c.value === "1")))),
        ...where,
      ),
      findMany: (args: { where: object; orderBy: object[]; take: number }) => table(db).findMany({ ...args, select }) as Promise<Row[]>,
      findKeys: (args: { where: object; orderBy: object[]; take: number }) => table(db).findMany({ ...args, select: keys }) as Promise<Row[]>,
      countRows: table(db).count ? (args: { where: object; orderBy: object[]; take: number }) => Promise.resolve(table(db).count!(args)) : undefined,
    };
  };

  // Cached per request: the page's metadata and body both read the record.
  // Hidden fields are left out of the display, the form's values and the row handed to pages.
  const detail = cache(async (id: string, user: CurrentUser) => {
    const full = (await table(db).findFirst({ where: await scoped(user, { id }) })) as Row | null;
    if (!full) return null;
    const [ctx, computing, hide] = await Promise.all([contextFor([full]), computeContext(), hidden(user)]);
    const row = visible(full, hide) as Row;
    const shown = withComputed(full, computing);
    const display = Object.fromEntries(def.fields.filter((f) => !hide.has(f.name)).map((f) => [f.name, displayValue(def, f, shown, ctx)]));
    const editable = toEditable(def, full, ctx);
    return { row, editable: { ...editable, values: visible(editable.values, hide) as typeof editable.values, relationLabels: visible(editable.relationLabels, hide) as typeof editable.relationLabels }, display };
  });

  /**
   * Possible duplicates of the typed values (same name key, or a shared e-mail or phone) in the user's scope,
   * without display context: the form's warning below and the import's duplicate policy read the same match.
   */
  const duplicateRows = async (values: Record<string, string>, excludeId: string | null, user: CurrentUser, take = 5) => {
    const dup = spec.duplicates;
    if (!dup) return [];
    const input = dup.input(values);
    const match = duplicateFilter(input, dup.columns);
    if (!match) return [];
    const select = pick(["id", "version", "nameKey", ...def.titleFields, ...dup.columns.email, ...dup.columns.phone, ...dup.select]);
    const rows = (await table(db).findMany({ where: await scoped(user, match, ...(excludeId ? [{ id: { not: excludeId } }] : [])), take, select })) as Row[];
    return rows.map((row) => ({ row, title: recordTitle(def, row), reasons: duplicateReasons(row, input, dup.columns) }));
  };

  /**
   * The first possible duplicate of each of many typed values (an import's batch), in one query: every value's
   * keys in one IN list per key column, then each value's candidates told apart with the same reasons as the
   * form's warning. A value with no stored duplicate may still repeat an earlier value of the list (`earlier`,
   * its index), which a row-by-row save would have found once the earlier one was written.
   */
  const firstDuplicates = async (valuesList: readonly Record<string, string>[], user: CurrentUser): Promise<({ row: Row; title: string } | { earlier: number } | null)[]> => {
    const dup = spec.duplicates;
    if (!dup) return valuesList.map(() => null);
    const inputs = valuesList.map((v) => dup.input(v));
    const select = pick(["id", "version", "nameKey", ...def.titleFields, ...dup.columns.email, ...dup.columns.phone]);
    const rows: Row[] = [];
    for (const match of duplicateFiltersAny(inputs, dup.columns)) rows.push(...((await table(db).findMany({ where: await scoped(user, match), take: 5_000, select })) as Row[]));
    const stored = inputs.map((input) => rows.find((r) => duplicateReasons(r, input, dup.columns).length > 0) ?? null);
    const earlier = earlierMatches(inputs, (i) => !stored[i]);
    return stored.map((row, i) => (row ? { row, title: recordTitle(def, row) } : earlier[i] !== null ? { earlier: earlier[i]! } : null));
  };

  return {
    key,
    def,
    schema: spec.schema,
    /** What the form action parses: the strict schema, after page-format dates became ISO. */
    inputSchema: z.preprocess(pageDates, spec.schema),
    fieldSchemas: spec.fieldSchemas,
    /** One raw inline-edit value as its field's schema expects it (page-format dates made ISO). */
    fieldInput: (field: FieldDef, value: unknown) => (typeof value === "string" ? pageText(field, value) : value),
    sortColumns,
    auditFields: storedFields.map((f) => f.name),
    /** Fields of this module the user may not see (sensitive groups their role is not granted). */
    hiddenFields: hidden,
    /** A row's values as the change log compares them: a « Lié à » field reads "module:id" from its columns. */
    auditValues(row: Record<string, unknown>): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const field of storedFields) {
        if (field.kind !== "parent") out[field.name] = row[field.name];
        else {
          const set = Object.entries(parentColumns(field)).find(([, column]) => typeof row[column] === "string" && row[column] !== "");
          out[field.name] = set ? `${set[0]}:${row[set[1]]}` : null;
        }
      }
      return out;
    },
    derive: spec.derive,
    afterSave: spec.afterSave,
    afterBinChange: spec.afterBinChange,
    /** The where-fragment filtering on a computed field, or null when that field has none. */
    computedFilter: async (field: string, value: boolean) => (spec.computedFilters && Object.hasOwn(spec.computedFilters, field) ? spec.computedFilters[field](value) : null),
    beforeSave: spec.beforeSave,
    table,

    /**
     * Parsed form fields → column values, only the keys present. A multienum's or users field's values are stored
     * as JSON; a date-time's wall time becomes a UTC instant in `timeZone` (the user's); a « Lié à » value sets
     * its module's column and empties the others. File fields are written only when `files` says so (the upload
     * action): a form never sends them, so a full save must not clear them.
     */
    columns(fields: Record<string, unknown>, opts: { timeZone: string; files?: boolean }): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const field of storedFields) {
        if (!(field.name in fields)) continue;
        if (field.kind === "file" && !opts.files) continue;
        const value = fields[field.name];
        if (field.kind === "parent") {
          const chosen = value as { module: string; id: string } | null;
          for (const [module, column] of Object.entries(parentColumns(field))) out[column] = chosen?.module === module ? chosen.id : null;
        } else if (field.kind === "multienum" || field.kind === "users") out[field.name] = JSON.stringify(value ?? []);
        else if (field.kind === "datetime") out[field.name] = typeof value === "string" ? wallTimeToUtc(value, opts.timeZone) : value instanceof Date ? value : null;
        // A title part left empty is "" in the database, so that names sort and display without "null".
        else out[field.name] = value === null && def.titleFields.includes(field.name) ? "" : value;
      }
      return out;
    },

    /** One record in the user's scope (or in the recycle bin), every column. */
    async find(tx: Tx, id: string, user: CurrentUser, opts?: { deleted?: boolean }) {
      const where = opts?.deleted ? { AND: [binScope(user, key), { id }] } : await scoped(user, { id });
      return (await table(tx).findFirst({ where })) as (Row & { deletedAt: Date | null }) | null;
    },

    /** One keyset page of the list; `where` narrows it (a subpanel's parent); `columns` are the values shown. */
    async list(params: ListParams, user: CurrentUser, where: object[] = [], take?: number, columns: readonly string[] = def.listColumns) {
      const page = await listPage(await listSpec(params, user, where, shownSelect(columns)), take ?? params.size);
      const [ctx, computing, hide] = await Promise.all([contextFor(page.rows), computeContext(), hidden(user)]);
      const shown = columns.filter((c) => !hide.has(c));
      return { ...page, rows: page.rows.map((r) => toRecordRow(def, withComputed(r, computing), ctx, shown)) };
    },

    /**
     * The rows of a list in its order, `take` at a time from `cursor`, not counted: the export and « Action Lot »
     * on every matching record walk the list this way (keyset batches, flat memory). Every list column, or only
     * the values of `columns` (an export's), which a million-row export reads and converts several times faster.
     */
    async batch(params: ListParams, user: CurrentUser, take: number, ids?: readonly string[], columns?: readonly string[]) {
      const spec = await listSpec({ ...params, before: false }, user, ids ? [{ id: { in: [...ids] } }] : [], columns ? shownSelect(columns) : listSelect);
      const page = await listPage(spec, take, { count: false });
      const [hide, computing] = await Promise.all([hidden(user), computeContext()]);
      const rows = page.rows.map((r) => visible(withComputed(r, computing), hide) as Row);
      return { rows, nextCursor: page.nextCursor, relations: () => relationLabels(def, rows) };
    },

    /**
     * What a parent record's subpanel of this module lists: the records whose `column` names it and, for a module
     * whose records are also attached otherwise (a document « Sélectionné » on a client), those. Each way is read on
     * its own index and the page then by id: OR-ed in one WHERE, SQLite read every document of the table (1.8 s for
     * one client's subpanel among 200,000 documents). The page's own query still applies the scope.
     */
    async subpanelWhere(column: string, matchId: string, parent: { module: string; id: string }, user: CurrentUser): Promise<object> {
      if (!spec.attachedIds) return { [column]: matchId };
      const [own, attached] = await Promise.all([
        table(db).findMany({ where: await scoped(user, { [column]: matchId }), select: { id: true }, take: 10_000 }) as Promise<Row[]>,
        spec.attachedIds(parent.module, parent.id),
      ]);
      return { id: { in: [...new Set([...own.map((r) => r.id), ...attached])] } };
    },

    async position(id: string, params: ListParams, user: CurrentUser) {
      const [row] = (await table(db).findMany({ where: await scoped(user, { id }), select: keySelect, take: 1 })) as Row[];
      return row ? listPosition(await listSpec(params, user), row) : null;
    },

    detail,
    editable: async (id: string, user: CurrentUser) => (await detail(id, user))?.editable ?? null,
    fieldDisplay: async (id: string, field: string, user: CurrentUser) => (await detail(id, user))?.display[field] ?? null,

    /** Titles of records in the user's scope (Favoris, Dernières consultations, relation labels). */
    async titles(ids: readonly string[], user: CurrentUser | null = null): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const where = { id: { in: [...new Set(ids)] } };
      const rows = (await table(db).findMany({ where: user ? await scoped(user, where) : { AND: [{ deletedAt: null }, where] }, select: titleSelect })) as Row[];
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
      const page = await listPage(await listSpec(params, user, [], shownSelect([])), 10);
      return page.rows.map((r) => ({ id: r.id, label: recordTitle(def, r) }));
    },

    duplicateRows,
    firstDuplicates,

    async findDuplicates(values: Record<string, string>, excludeId: string | null, user: CurrentUser): Promise<DuplicateCandidate[]> {
      const dup = spec.duplicates;
      const found = await duplicateRows(values, excludeId, user);
      if (!dup || found.length === 0) return [];
      const [ctx, hide] = await Promise.all([contextFor(found.map((f) => f.row)), hidden(user)]);
      return found.map(({ row: r, title, reasons }) => ({
        id: r.id,
        title,
        reasons,
        context: Object.fromEntries(Object.entries(dup.context(r, ctx)).filter((e): e is [string, string] => !!e[1] && !hide.has(e[0]))),
      }));
    },

    /** The real sort column of a field in a language (a list value's label column). */
    sortColumn: (field: string, locale: string) => sortColumnName(sortColumns[field], locale),
  };
}

/** The columns a field is read from: a « Lié à » field from one per module, a file also from its name. */
function storedColumns(field: FieldDef): string[] {
  if (field.kind === "parent") return Object.values(parentColumns(field));
  if (field.kind === "file") return [field.name, `${field.name}Name`];
  return [field.name];
}

function pageText(field: FieldDef, value: string): string {
  if (field.kind === "date") return dateFromText(value);
  if (field.kind === "datetime") return dateTimeFromText(value);
  return value;
}

/**
 * Labels of the records the rows' relation and « Lié à » fields point to, deleted ones included and marked. A
 * « Lié à » field's map is keyed "module:id".
 */
async function relationLabels(def: ModuleDef, rows: Row[]): Promise<DisplayContext["relations"]> {
  const { modelOf } = await loadRegistry();
  const out: DisplayContext["relations"] = {};
  for (const field of def.fields.filter((f) => f.kind === "relation" && f.relation)) {
    const target = modelOf(field.relation!.module);
    const ids = rows.map((r) => r[field.name]).filter((v): v is string => typeof v === "string");
    if (!target || ids.length === 0) continue;
    out[field.name] = await target.labels(ids);
  }
  for (const field of def.fields.filter((f) => f.kind === "parent")) {
    const labels = new Map<string, { label: string; deleted: boolean }>();
    for (const [module, column] of Object.entries(parentColumns(field))) {
      const target = modelOf(module);
      const ids = rows.map((r) => r[column]).filter((v): v is string => typeof v === "string" && v !== "");
      if (!target || ids.length === 0) continue;
      for (const [id, found] of await target.labels(ids)) labels.set(`${module}:${id}`, found);
    }
    out[field.name] = labels;
  }
  return out;
}
