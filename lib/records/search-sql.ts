// A quick search over a module's live records in the user's full read scope, as SQL: each typed word becomes
// `id IN (token ranges)` beside the list's keyset, so the database finds the page's ids in one indexed query
// and counts its matches in another. Through the model API the matching ids had to come back to JavaScript
// first and go out again as IN lists of up to thousands of bound values, several times the database's own work.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const quoted = (name: string) => {
  // Names come from module definitions, never from the address; checked anyway, as the import's INSERT does.
  if (!IDENT.test(name)) throw new Error(`not an SQL identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
};

/** Every group (word) must match one of its prefixes: each prefix a range on the [module, token, recordId] index. */
export function matchSql(module: string, groups: readonly (readonly string[])[]): Prisma.Sql {
  const word = (alts: readonly string[]) =>
    Prisma.sql`"id" IN (${Prisma.join(
      alts.map((a) => Prisma.sql`SELECT "recordId" FROM "SearchToken" WHERE "module" = ${module} AND "token" >= ${a} AND "token" < ${`${a}\uffff`}`),
      " UNION ALL ",
    )})`;
  return Prisma.join(groups.map(word), " AND ");
}

export type SqlPage = {
  table: string;
  column: string;
  /** The order the page is read in (reversed from the display order when paging backwards). */
  dir: "asc" | "desc";
  /** The keyset position to read from (exclusive), on a column that holds no nulls. */
  after: { v: string | number; id: string } | null;
  take: number;
};

/** The ids of one page of live matching records, in the page's read order. */
export async function matchingPageIds(db: Db, match: Prisma.Sql, page: SqlPage): Promise<string[]> {
  const col = quoted(page.column);
  const op = Prisma.raw(page.dir === "asc" ? ">" : "<");
  const dir = Prisma.raw(page.dir === "asc" ? "ASC" : "DESC");
  // The leading bound lets the index seek to the cursor (as keysetQuery does).
  const keyset = page.after ? Prisma.sql` AND ${col} ${op}= ${page.after.v} AND (${col} ${op} ${page.after.v} OR "id" ${op} ${page.after.id})` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM ${quoted(page.table)} WHERE "deletedAt" IS NULL AND ${match}${keyset} ORDER BY ${col} ${dir}, "id" ${dir} LIMIT ${page.take}`;
  return rows.map((r) => r.id);
}

/** How many live records match, counted up to `cap + 1` by the database. */
export async function matchingCount(db: Db, match: Prisma.Sql, table: string, cap: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS "n" FROM (SELECT "id" FROM ${quoted(table)} WHERE "deletedAt" IS NULL AND ${match} LIMIT ${cap + 1}) AS "t"`;
  return Number(row?.n ?? 0);
}
