import "server-only";
import { cappedCount } from "@/lib/records/capped-count";
import { encodeCursor, keysetQuery, pageFromRows, decodeCursor, type ValueType } from "@/lib/records/keyset";
import { db } from "@/lib/db";
import { queryGroups, searchFilter, type TokenLink } from "@/lib/records/search";
import type { ListParams } from "@/lib/records/types";

export const PAGE_SIZE = 50;
/**
 * A search counts its matches only up to 200 (« 200+ »): a broad prefix like "ma" is checked row by row against
 * each record's tokens, and counting to 1,000 of those cost more than the page itself.
 */
const SEARCH_COUNT_CAP = 200;

/** The indexed column behind each sortable list field. */
export type SortColumns = Record<string, { column: string; valueType: ValueType; nullable: boolean }>;

type FindMany<Row> = (args: { where: object; orderBy: object[]; take: number }) => Promise<Row[]>;
type FindIds = (args: { where: object; orderBy: object[]; take: number }) => Promise<unknown[]>;

type ListSpec<Row> = {
  module: string;
  /** The search-token column that links tokens to this module's records. */
  fk: TokenLink;
  sortColumns: SortColumns;
  params: ListParams;
  /** Scope and recycle-bin condition, plus « Mes éléments ». */
  baseWhere: object;
  findMany: FindMany<Row>;
  findIds: FindIds;
};

/** Scope, « Mes éléments » and quick search: selective words become an id list read from the token index first. */
async function filters(spec: { module: string; fk: TokenLink; params: ListParams; baseWhere: object }): Promise<object[]> {
  const groups = queryGroups(spec.params.q);
  return [spec.baseWhere, ...(groups.length ? await searchFilter(db, { module: spec.module, fk: spec.fk, groups }) : [])];
}

const indexOrder = (column: string, dir: "asc" | "desc") => [{ [column]: dir }, { id: dir }];

/** One keyset page of a list, its cursors and its capped count. */
export async function listPage<Row extends { id: string } & Record<string, unknown>>(spec: ListSpec<Row>, take = PAGE_SIZE) {
  const sort = spec.sortColumns[spec.params.sort];
  const q = keysetQuery({ ...sort, dir: spec.params.dir, cursor: decodeCursor(spec.params.cursor), before: spec.params.before, take });
  const base = await filters(spec);
  const [rows, count] = await Promise.all([
    spec.findMany({ where: { AND: [...base, q.where] }, orderBy: q.orderBy, take: q.take }),
    // In the list's own index order, so that counting stops after cap + 1 index entries instead of sorting all.
    cappedCount((n) => spec.findIds({ where: { AND: base }, orderBy: indexOrder(sort.column, spec.params.dir), take: n }), spec.params.q ? SEARCH_COUNT_CAP : undefined),
  ]);
  const page = pageFromRows(rows, { column: sort.column, before: q.before, take, hadCursor: q.hadCursor, valueOf: (r) => r[sort.column] as never });
  return { ...page, ...count };
}

/**
 * Where a record stands in the list it was opened from (« 2/8 »), and its neighbours for previous / next and
 * « Sauvegarder et continuer ». Each part is one bounded, indexed query.
 */
export async function listPosition<Row extends { id: string } & Record<string, unknown>>(
  spec: Omit<ListSpec<Row>, "params"> & { params: ListParams },
  record: Row,
): Promise<{ index: number; total: number; capped: boolean; prevId: string | null; nextId: string | null }> {
  const sort = spec.sortColumns[spec.params.sort];
  const raw = record[sort.column];
  const cursor = { v: raw instanceof Date ? raw.toISOString() : (raw as string | number | boolean | null) ?? null, id: record.id };
  const around = (before: boolean, take: number) => keysetQuery({ ...sort, dir: spec.params.dir, cursor, before, take });
  const next = around(false, 1);
  const prev = around(true, 1);
  const base = await filters(spec);
  const backwards = spec.params.dir === "asc" ? "desc" : "asc";
  const [nextRows, prevRows, earlier, total] = await Promise.all([
    spec.findMany({ where: { AND: [...base, next.where] }, orderBy: next.orderBy, take: 1 }),
    spec.findMany({ where: { AND: [...base, prev.where] }, orderBy: prev.orderBy, take: 1 }),
    // Counted walking back from the record, so the index seeks to it and reads at most the cap.
    cappedCount((n) => spec.findIds({ where: { AND: [...base, prev.where] }, orderBy: indexOrder(sort.column, backwards), take: n })),
    cappedCount((n) => spec.findIds({ where: { AND: base }, orderBy: indexOrder(sort.column, spec.params.dir), take: n })),
  ]);
  // Past the cap the exact rank is unknown: show « 1 000+ / 1 000+ » rather than a rank above the total.
  const index = earlier.capped ? total.count : earlier.count + 1;
  return { index, total: total.count, capped: total.capped || earlier.capped, prevId: prevRows[0]?.id ?? null, nextId: nextRows[0]?.id ?? null };
}

export { encodeCursor };
