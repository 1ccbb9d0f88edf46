// Keyset pagination over (column, id): stable under inserts, cheap on an index whatever the page, and correct
// with ties (the id breaks them) and with nulls (kept last in both directions).
import { z } from "zod";

export type CursorValue = string | number | boolean | null;
export type Cursor = { v: CursorValue; id: string };
export type ValueType = "string" | "date" | "number" | "boolean";
type Dir = "asc" | "desc";

const MAX_CURSOR = 500;
const cursorSchema = z
  .object({
    v: z.union([z.string().max(400), z.number().finite(), z.boolean(), z.null()]),
    id: z.string().min(1).max(100),
  })
  .strict();

/** Opaque URL-safe cursor. Dates go in as ISO strings. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ v: c.v, id: c.id }), "utf8").toString("base64url");
}

/** The cursor, or null for anything that is not one of ours (it comes from the URL). */
export function decodeCursor(s: string | null | undefined): Cursor | null {
  if (!s || s.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(s)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(s, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// The cursor value as the column's type; undefined when it cannot be one (a forged or stale cursor).
function columnValue(v: CursorValue, valueType: ValueType, nullable: boolean): unknown {
  if (v === null) return nullable ? null : undefined;
  switch (valueType) {
    case "string":
      return typeof v === "string" ? v : undefined;
    case "number":
      return typeof v === "number" ? v : undefined;
    case "boolean":
      return typeof v === "boolean" ? v : undefined;
    case "date": {
      const d = typeof v === "string" ? new Date(v) : null;
      return d && !Number.isNaN(d.getTime()) ? d : undefined;
    }
  }
}

export type KeysetOptions = {
  column: string;
  dir: Dir;
  valueType: ValueType;
  nullable: boolean;
  cursor: Cursor | null;
  /** Page backwards from the cursor (the « previous » link). */
  before: boolean;
  /** Page size. */
  take: number;
  /**
   * Columns every row read holds one value of (a live list's `deletedAt`, always null), named first in the order:
   * a no-op on the rows, but PostgreSQL's planner takes IS NULL for no equality, so an index holding `deletedAt`
   * before the sort column is read in order only when the ORDER BY names it too (else it sorts every live row).
   */
  constant?: readonly string[];
};

export type KeysetQuery<W, O> = {
  where: W;
  orderBy: O[];
  /** Page size + 1: the extra row tells whether there is more. */
  take: number;
  /** What was actually applied: an unusable cursor means the first page, forwards. */
  before: boolean;
  hadCursor: boolean;
};

/**
 * Prisma where/orderBy/take for one page. W and O are the caller's model types (Prisma.ClientWhereInput, …):
 * the column name has already been checked against the module's sortable fields.
 */
export function keysetQuery<W = Record<string, unknown>, O = Record<string, unknown>>(opts: KeysetOptions): KeysetQuery<W, O> {
  const { column, dir, nullable } = opts;
  const value = opts.cursor ? columnValue(opts.cursor.v, opts.valueType, nullable) : undefined;
  const cursor = opts.cursor && value !== undefined ? opts.cursor : null;
  const before = opts.before && cursor !== null;

  // Backwards reads the display order reversed; nulls stay last in display, so they come first when reversed.
  const queryDir: Dir = before ? (dir === "asc" ? "desc" : "asc") : dir;
  const orderBy = [
    ...(opts.constant ?? []).map((c) => ({ [c]: queryDir })),
    { [column]: nullable ? { sort: queryDir, nulls: before ? "first" : "last" } : queryDir },
    { id: queryDir },
  ] as O[];

  let where: Record<string, unknown> = {};
  if (cursor) {
    const op = queryDir === "asc" ? "gt" : "lt";
    const id = cursor.id;
    if (value === null) {
      where = before
        ? { OR: [{ [column]: { not: null } }, { [column]: null, id: { [op]: id } }] }
        : { [column]: null, id: { [op]: id } };
    } else if (opts.valueType === "boolean") {
      // Prisma compares booleans by equality only; false sorts before true.
      const later = (queryDir === "asc") !== (value === true) ? [{ [column]: !value }] : [];
      where = { OR: [...later, { [column]: value, id: { [op]: id } }] };
    } else if (!nullable) {
      // The leading bound lets the index seek straight to the cursor instead of scanning from the start.
      where = { AND: [{ [column]: { [`${op}e`]: value } }, { OR: [{ [column]: { [op]: value } }, { id: { [op]: id } }] }] };
    } else {
      where = {
        OR: [
          { [column]: { [op]: value } },
          { [column]: value, id: { [op]: id } },
          // Forwards, the nulls (last) all still lie ahead of a non-null cursor.
          ...(nullable && !before ? [{ [column]: null }] : []),
        ],
      };
    }
  }
  return { where: where as W, orderBy, take: opts.take + 1, before, hadCursor: cursor !== null };
}

const toCursorValue = (v: unknown): CursorValue => {
  if (v instanceof Date) return v.toISOString();
  if (v === undefined) return null;
  return v as CursorValue;
};

/** Trims the extra row, restores display order and makes the cursors (null at either end). */
export function pageFromRows<T extends { id: string }>(
  rows: readonly T[],
  opts: {
    /** The sorted column (the same as given to keysetQuery); valueOf reads its value from a row. */
    column: string;
    before: boolean;
    take: number;
    hadCursor: boolean;
    valueOf: (row: T) => CursorValue | Date;
  },
): { rows: T[]; nextCursor: string | null; prevCursor: string | null } {
  const more = rows.length > opts.take;
  const page = rows.slice(0, opts.take);
  if (opts.before) page.reverse();
  // valueOf is required: an optional one would silently fall back to Object.prototype.valueOf.
  if (!Object.hasOwn(opts, "valueOf")) throw new TypeError("pageFromRows: valueOf is required");
  const cursorOf = (row: T | undefined) => (row ? encodeCursor({ v: toCursorValue(opts.valueOf(row)), id: row.id }) : null);
  const first = page[0];
  const last = page[page.length - 1];
  if (opts.before) {
    // We came back from a later page, so there is always a next one.
    return { rows: page, nextCursor: cursorOf(last), prevCursor: more ? cursorOf(first) : null };
  }
  return { rows: page, nextCursor: more ? cursorOf(last) : null, prevCursor: opts.hadCursor ? cursorOf(first) : null };
}
