import "server-only";
import { cappedCount } from "@/lib/records/capped-count";
import { encodeCursor, keysetQuery, pageFromRows, decodeCursor, type Cursor, type ValueType } from "@/lib/records/keyset";
import { db } from "@/lib/db";
import { matchingIds, queryGroups, searchPlan, type SearchPlan } from "@/lib/records/search";
import { matchingCount, matchingPageIds, searchSql } from "@/lib/records/search-sql";
import type { ListParams } from "@/lib/records/types";

export const PAGE_SIZE = 50;
/**
 * A search counts its matches only up to 200 (« 200+ »): a broad prefix like "ma" is checked row by row against
 * each record's tokens, and counting to 1,000 of those cost more than the page itself.
 */
const SEARCH_COUNT_CAP = 200;
/** Candidate rows read per step when a broad search word is checked row by row in list order: a page wants few,
 * a count wants up to its cap, so it reads bigger steps (each step is two queries, whatever its size). */
const SCAN_CHUNK = 200;
const COUNT_CHUNK = 1000;
/** A broad-word count stops after reading this many candidates and shows what it found as « N+ ». */
const SCAN_COUNT_LIMIT = 5000;

/**
 * The indexed column behind each sortable list field. `from` marks keys the record layer keeps itself: a list
 * value's label in each language (columns `<column>Fr` / `<column>En`), a user's name, a related record's title.
 */
export type SortColumn = { column: string; valueType: ValueType; nullable: boolean; from?: "label" | "user" | "relation" };
export type SortColumns = Record<string, SortColumn>;

/** The real column a sort reads in the page's language. */
export function sortColumnName(sort: SortColumn, locale: string | undefined): string {
  return sort.from === "label" ? `${sort.column}${locale === "en" ? "En" : "Fr"}` : sort.column;
}

type Row = { id: string } & Record<string, unknown>;
type Query = { where: object; orderBy: object[]; take: number };

export type ListSpec<R extends Row> = {
  module: string;
  sortColumns: SortColumns;
  params: ListParams;
  /** Scope and recycle-bin condition, « Mes éléments », a subpanel's parent. */
  baseWhere: object;
  /** The SQL table when baseWhere is only « live records, whole read scope »: a quick search then runs as SQL. */
  plainTable?: string;
  /** The rows to show (list columns plus the sort column). */
  findMany: (args: Query) => Promise<R[]>;
  /** Ids and the sort column only: scanning, and counting when there is no countRows. */
  findKeys: (args: Query) => Promise<Row[]>;
  /**
   * COUNT(*) over at most `take` rows in index order, counted by the database: reading the 1,001 keys of a capped
   * count back into JavaScript cost four times the page itself.
   */
  countRows?: (args: Query) => Promise<number>;
};

/**
 * A list reads live records only (the scope's `deletedAt IS NULL`) on indexes holding `deletedAt` before the sort
 * column: its order names that column first (see keysetQuery's `constant`) so that PostgreSQL reads them in order.
 */
const LIVE = ["deletedAt"] as const;
const indexOrder = (column: string, dir: "asc" | "desc") => [{ deletedAt: dir }, { [column]: dir }, { id: dir }];

async function plan(spec: { module: string; params: ListParams }): Promise<SearchPlan | null> {
  const groups = queryGroups(spec.params.q);
  return groups.length ? searchPlan(db, spec.module, groups) : null;
}

function baseFilters(spec: { baseWhere: object }, search: SearchPlan | null): object[] {
  return [spec.baseWhere, ...(search?.ids ? [{ id: { in: search.ids } }] : [])];
}

/**
 * Reads rows in list order from `start` and keeps those matching the broad search words, until `want` are kept,
 * the rows run out or `limit` candidates were read. Each step is one keyset range on the sort index plus one
 * lookup of those rows' tokens, so a common word ("ma") fills a page after a step or two.
 */
async function scan<R extends Row>(
  read: (args: Query) => Promise<R[]>,
  opts: { base: object[]; sort: SortColumn; column: string; dir: "asc" | "desc"; before: boolean; start: Cursor | null; broad: string[][]; want: number; limit: number; chunk?: number },
): Promise<{ rows: R[]; exhausted: boolean }> {
  const kept: R[] = [];
  const CHUNK = opts.chunk ?? SCAN_CHUNK;
  let cursor = opts.start;
  let read_ = 0;
  for (;;) {
    const q = keysetQuery({ ...opts.sort, constant: LIVE, column: opts.column, dir: opts.dir, cursor, before: opts.before && cursor !== null, take: CHUNK - 1 });
    // keysetQuery reverses the order itself when paging backwards from a cursor; keep that order without one.
    const orderBy = opts.before && cursor === null ? indexOrder(opts.column, opts.dir === "asc" ? "desc" : "asc") : q.orderBy;
    const batch = await read({ where: { AND: [...opts.base, q.where] }, orderBy, take: CHUNK });
    read_ += batch.length;
    const ok = await matchingIds(db, batch.map((r) => r.id), opts.broad);
    for (const r of batch) if (ok.has(r.id) && kept.length < opts.want) kept.push(r);
    if (kept.length >= opts.want) return { rows: kept, exhausted: false };
    if (batch.length < CHUNK) return { rows: kept, exhausted: true };
    if (read_ >= opts.limit) return { rows: kept, exhausted: false };
    const last = batch[batch.length - 1];
    const v = last[opts.column];
    cursor = { v: v instanceof Date ? v.toISOString() : ((v ?? null) as Cursor["v"]), id: last.id };
  }
}

async function count<R extends Row>(spec: ListSpec<R>, base: object[], search: SearchPlan | null, column: string, dir: "asc" | "desc", extra: object | null, start: Cursor | null, before: boolean) {
  const cap = spec.params.q ? SEARCH_COUNT_CAP : 1000;
  if (!search?.broad.length) {
    // In the list's own index order, so that counting stops after cap + 1 index entries instead of sorting all.
    const query = (n: number) => ({ where: { AND: [...base, ...(extra ? [extra] : [])] }, orderBy: indexOrder(column, dir), take: n });
    if (spec.countRows) {
      const n = await spec.countRows(query(cap + 1));
      return { count: Math.min(n, cap), capped: n > cap };
    }
    return cappedCount((n) => spec.findKeys(query(n)), cap);
  }
  const sort = spec.sortColumns[spec.params.sort];
  const found = await scan(spec.findKeys, { base, sort, column, dir, before, start, broad: search.broad, want: cap + 1, limit: SCAN_COUNT_LIMIT, chunk: COUNT_CHUNK });
  return { count: Math.min(found.rows.length, cap), capped: found.rows.length > cap || !found.exhausted };
}

/** A quick search's page when the list is only « live records, whole read scope »: ids and count found in SQL. */
async function sqlSearchPage<R extends Row>(spec: ListSpec<R>, table: string, groups: string[][], column: string, q: ReturnType<typeof keysetQuery>, take: number, counting: boolean) {
  const match = await searchSql(db, spec.module, table, groups);
  if (!match) return { rows: [] as R[], total: { count: 0, capped: false } };
  const cursor = q.hadCursor ? decodeCursor(spec.params.cursor) : null;
  const dir = q.before ? (spec.params.dir === "asc" ? "desc" : "asc") : spec.params.dir;
  const { ids, counted } = await matchingPageIds(db, match, { column, dir, after: cursor ? { v: cursor.v as string | number, id: cursor.id } : null, take: q.take });
  // By id alone, put back in the page's order here: with an ORDER BY and a LIMIT, SQLite walked the sort index
  // until it met these ids, the whole index for a rare name.
  const found = ids.length ? await spec.findMany({ where: { AND: [spec.baseWhere, { id: { in: ids } }] }, orderBy: [], take: ids.length }) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  // A first page holding every match is its own count.
  if (!counting || (!q.hadCursor && rows.length <= Math.min(take, SEARCH_COUNT_CAP))) return { rows, total: { count: counting ? rows.length : 0, capped: false } };
  const n = await matchingCount(db, match, SEARCH_COUNT_CAP, counted);
  return { rows, total: { count: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP } };
}

/** One keyset page of a list, its cursors and its capped count. */
export async function listPage<R extends Row>(spec: ListSpec<R>, take = PAGE_SIZE, opts: { count?: boolean } = {}) {
  const sort = spec.sortColumns[spec.params.sort];
  const column = sortColumnName(sort, spec.params.locale);
  const q = keysetQuery({ ...sort, constant: LIVE, column, dir: spec.params.dir, cursor: decodeCursor(spec.params.cursor), before: spec.params.before, take });
  const toPage = (rows: R[], total: { count: number; capped: boolean }) => ({ ...pageFromRows(rows, { column, before: q.before, take, hadCursor: q.hadCursor, valueOf: (r) => r[column] as never }), ...total });
  const groups = queryGroups(spec.params.q);
  if (groups.length && spec.plainTable && !sort.nullable && (sort.valueType === "string" || sort.valueType === "number")) {
    const { rows, total } = await sqlSearchPage(spec, spec.plainTable, groups, column, q, take, opts.count !== false);
    return toPage(rows, total);
  }
  const search = await plan(spec);
  // No record holds every searched word: nothing to read.
  if (search?.ids?.length === 0) return toPage([], { count: 0, capped: false });
  const base = baseFilters(spec, search);
  const broad = search?.broad ?? [];
  const counted = () => (opts.count === false ? { count: 0, capped: false } : count(spec, base, search, column, spec.params.dir, null, null, false));
  if (broad.length) {
    const start = q.hadCursor ? decodeCursor(spec.params.cursor) : null;
    const [found, total] = await Promise.all([scan(spec.findMany, { base, sort, column, dir: spec.params.dir, before: q.before, start, broad, want: q.take, limit: Infinity }), counted()]);
    return toPage(found.rows, total);
  }
  const read = () => spec.findMany({ where: { AND: [...base, q.where] }, orderBy: q.orderBy, take: q.take });
  if (search && !q.hadCursor) {
    // A search's first page often holds every match: then it is its own count, and the count query is saved.
    const rows = await read();
    return toPage(rows, rows.length <= Math.min(take, SEARCH_COUNT_CAP) ? { count: rows.length, capped: false } : await counted());
  }
  const [rows, total] = await Promise.all([read(), counted()]);
  return toPage(rows, total);
}

/**
 * Where a record stands in the list it was opened from (« 2/8 »), and its neighbours for previous / next and
 * « Sauvegarder et continuer ». Each part is one bounded, indexed query (or a bounded scan for a broad search).
 */
export async function listPosition<R extends Row>(spec: ListSpec<R>, record: Row): Promise<{ index: number; total: number; capped: boolean; prevId: string | null; nextId: string | null }> {
  const sort = spec.sortColumns[spec.params.sort];
  const column = sortColumnName(sort, spec.params.locale);
  const raw = record[column];
  const cursor: Cursor = { v: raw instanceof Date ? raw.toISOString() : ((raw as Cursor["v"]) ?? null), id: record.id };
  const search = await plan(spec);
  const base = baseFilters(spec, search);
  const broad = search?.broad ?? [];
  const backwards = spec.params.dir === "asc" ? "desc" : "asc";
  const neighbour = async (before: boolean) => {
    if (broad.length) return (await scan(spec.findKeys, { base, sort, column, dir: spec.params.dir, before, start: cursor, broad, want: 1, limit: SCAN_COUNT_LIMIT })).rows[0]?.id ?? null;
    const q = keysetQuery({ ...sort, constant: LIVE, column, dir: spec.params.dir, cursor, before, take: 1 });
    return (await spec.findKeys({ where: { AND: [...base, q.where] }, orderBy: q.orderBy, take: 1 }))[0]?.id ?? null;
  };
  const prevWhere = keysetQuery({ ...sort, column, dir: spec.params.dir, cursor, before: true, take: 1 }).where;
  const [nextId, prevId, earlier, total] = await Promise.all([
    neighbour(false),
    neighbour(true),
    // Counted walking back from the record, so the index seeks to it and reads at most the cap.
    broad.length ? count(spec, base, search, column, spec.params.dir, null, cursor, true) : count(spec, base, search, column, backwards, prevWhere, null, false),
    count(spec, base, search, column, spec.params.dir, null, null, false),
  ]);
  // Past the cap the exact rank is unknown: show « 1 000+ / 1 000+ » rather than a rank above the total.
  const index = earlier.capped ? total.count : earlier.count + 1;
  return { index, total: total.count, capped: total.capped || earlier.capped, prevId, nextId };
}

export { encodeCursor };
