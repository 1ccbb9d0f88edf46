import "server-only";
import { cappedCount } from "@/lib/records/capped-count";
import { encodeCursor, keysetQuery, pageFromRows, decodeCursor, type ValueType } from "@/lib/records/keyset";
import { queryGroups, tokenFilter } from "@/lib/records/search";
import type { ListParams } from "@/lib/records/types";

export const PAGE_SIZE = 50;

/** The indexed column behind each sortable list field. */
export type SortColumns = Record<string, { column: string; valueType: ValueType; nullable: boolean }>;

type FindMany<Row> = (args: { where: object; orderBy: object[]; take: number }) => Promise<Row[]>;
type FindIds = (args: { where: object; take: number }) => Promise<unknown[]>;

type ListSpec<Row> = {
  module: string;
  sortColumns: SortColumns;
  params: ListParams;
  /** Scope and recycle-bin condition, plus « Mes éléments ». */
  baseWhere: object;
  findMany: FindMany<Row>;
  findIds: FindIds;
};

function filters(spec: { module: string; params: ListParams; baseWhere: object }): object[] {
  return [spec.baseWhere, ...tokenFilter(spec.module, queryGroups(spec.params.q))];
}

/** One keyset page of a list, its cursors and its capped count. */
export async function listPage<Row extends { id: string } & Record<string, unknown>>(spec: ListSpec<Row>, take = PAGE_SIZE) {
  const sort = spec.sortColumns[spec.params.sort];
  const q = keysetQuery({ ...sort, dir: spec.params.dir, cursor: decodeCursor(spec.params.cursor), before: spec.params.before, take });
  const where = { AND: [...filters(spec), q.where] };
  const [rows, count] = await Promise.all([
    spec.findMany({ where, orderBy: q.orderBy, take: q.take }),
    cappedCount((n) => spec.findIds({ where: { AND: filters(spec) }, take: n })),
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
  const beforeAll = around(true, 1000);
  const base = filters(spec);
  const [nextRows, prevRows, earlier, total] = await Promise.all([
    spec.findMany({ where: { AND: [...base, next.where] }, orderBy: next.orderBy, take: 1 }),
    spec.findMany({ where: { AND: [...base, prev.where] }, orderBy: prev.orderBy, take: 1 }),
    cappedCount((n) => spec.findIds({ where: { AND: [...base, beforeAll.where] }, take: n })),
    cappedCount((n) => spec.findIds({ where: { AND: base }, take: n })),
  ]);
  return { index: earlier.count + 1, total: total.count, capped: total.capped, prevId: prevRows[0]?.id ?? null, nextId: nextRows[0]?.id ?? null };
}

export { encodeCursor };
