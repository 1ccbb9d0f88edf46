import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordContext } from "@/lib/records/context";
import { displayValue, recordTitle, toEditable, toRecordRow, type DisplayContext } from "@/lib/records/display";
import { duplicateFilter, duplicateReasons, type DuplicateColumns, type DuplicateInput } from "@/lib/records/duplicates";
import { listPage, listPosition, type SortColumns } from "@/lib/records/list";
import type { ListParams, ModuleDef } from "@/lib/records/types";
import type { TokenLink } from "@/lib/records/search";
import type { DuplicateCandidate } from "@/lib/records/ui-types";

type Row = Record<string, unknown> & { id: string; version: number };

/** The module's own Prisma calls; the factory only arranges them. */
export type QuerySpec = {
  def: ModuleDef;
  fk: TokenLink;
  sortColumns: SortColumns;
  /** Rows of the list: id, version, the list columns and the sort columns. */
  findMany: (args: { where: object; orderBy: object[]; take: number }) => Promise<Row[]>;
  findIds: (args: { where: object; orderBy: object[]; take: number }) => Promise<unknown[]>;
  /** One live record with every column, or null. */
  findOne: (id: string) => Promise<Row | null>;
  /** Labels of the records relation fields point to, for these rows. */
  relationLabels?: (rows: Row[]) => Promise<DisplayContext["relations"]>;
  duplicates?: {
    input: (values: Record<string, string>) => DuplicateInput;
    columns: DuplicateColumns;
    findMany: (where: object) => Promise<Row[]>;
    context: (row: Row, ctx: DisplayContext) => Record<string, string | null | undefined>;
  };
};

const LIVE = { deletedAt: null };

export function moduleQueries(spec: QuerySpec) {
  const listSpec = (params: ListParams, user: CurrentUser) => ({
    module: spec.def.key,
    fk: spec.fk,
    sortColumns: spec.sortColumns,
    params,
    baseWhere: { ...LIVE, ...(params.mine && spec.def.assignable ? { assignedUserId: user.id } : {}) },
    findMany: spec.findMany,
    findIds: spec.findIds,
  });

  const contextFor = async (rows: Row[]) => recordContext(spec.relationLabels ? await spec.relationLabels(rows) : {});

  // Cached per request: the page's metadata and body both read the record.
  const detail = cache(async (id: string) => {
    const row = await spec.findOne(id);
    if (!row) return null;
    const ctx = await contextFor([row]);
    const display = Object.fromEntries(spec.def.fields.map((f) => [f.name, displayValue(spec.def, f, row, ctx)]));
    return { row, editable: toEditable(spec.def, row, ctx), display };
  });

  return {
    async list(params: ListParams, user: CurrentUser) {
      const page = await listPage(listSpec(params, user));
      const ctx = await contextFor(page.rows);
      return { ...page, rows: page.rows.map((r) => toRecordRow(spec.def, r, ctx, spec.def.listColumns)) };
    },
    async position(id: string, params: ListParams, user: CurrentUser) {
      const [row] = await spec.findMany({ where: { id, ...LIVE }, orderBy: [], take: 1 });
      return row ? listPosition(listSpec(params, user), row) : null;
    },
    detail,
    editable: async (id: string) => (await detail(id))?.editable ?? null,
    fieldDisplay: async (id: string, field: string) => (await detail(id))?.display[field] ?? null,
    async findDuplicates(values: Record<string, string>, excludeId: string | null): Promise<DuplicateCandidate[]> {
      const dup = spec.duplicates;
      if (!dup) return [];
      const input = dup.input(values);
      const match = duplicateFilter(input, dup.columns);
      if (!match) return [];
      const rows = await dup.findMany({ AND: [LIVE, match, ...(excludeId ? [{ id: { not: excludeId } }] : [])] });
      const ctx = await contextFor(rows);
      return rows.map((r) => ({
        id: r.id,
        title: recordTitle(spec.def, r),
        reasons: duplicateReasons(r, input, dup.columns),
        context: Object.fromEntries(Object.entries(dup.context(r, ctx)).filter((e): e is [string, string] => !!e[1])),
      }));
    },
  };
}
