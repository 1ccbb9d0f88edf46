// A quick search over a module's live records in the user's full read scope, as SQL: the database finds the
// page's ids beside the list's keyset and counts the matches. Through the model API the matching ids had to come
// back to JavaScript and go out again as IN lists of up to thousands of bound values.
//
// Two shapes, chosen by how many tokens the rarest typed word matches (counted first, from the index alone):
// - a rare word drives: its few hundred records are looked up by id, then sorted (CROSS JOIN fixes that order
//   on SQLite; PostgreSQL plans the join itself);
// - only common words: the list is read in its own index order and each row's own tokens probed, which stops as
//   soon as a page is full. Either shape on the wrong kind of word cost 10 to 25 times more.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { SELECTIVE_TOKENS } from "@/lib/records/search";

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A row limit written into the SQL: bound as a JavaScript number it reaches SQLite as a REAL, and its planner
 * (which looks at bound values) then walked a whole index once per token instead of looking each record up.
 */
const limit = (n: number) => {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row limit: ${n}`);
  return Prisma.raw(`LIMIT ${n}`);
};

export const quoted = (name: string) => {
  // Names come from module definitions, never from the address; checked anyway, as the import's INSERT does.
  if (!IDENT.test(name)) throw new Error(`not an SQL identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
};

const ranges = (module: string, alts: readonly string[]) =>
  alts.map((a) => Prisma.sql`SELECT "recordId" FROM "SearchToken" WHERE "module" = ${module} AND "token" >= ${a} AND "token" < ${`${a}\uffff`}`);

/** The records of a search, as a FROM and a WHERE over the module's rows aliased "c". */
export type SearchSql = { from: Prisma.Sql; where: Prisma.Sql };

/** The search's SQL, or null when some word matches no token (nothing to read). */
export async function searchSql(db: Db, module: string, table: string, groups: readonly (readonly string[])[]): Promise<SearchSql | null> {
  const counts = groups.map((alts, i) => Prisma.sql`(SELECT count(*) FROM (${Prisma.join(ranges(module, alts), " UNION ALL ")} ${limit(SELECTIVE_TOKENS + 1)}) AS ${Prisma.raw(`"n${i}"`)}) AS ${Prisma.raw(`"g${i}"`)}`);
  const [row] = await db.$queryRaw<Record<string, bigint | number>[]>`SELECT ${Prisma.join(counts, ", ")}`;
  const found = groups.map((_, i) => Number(row[`g${i}`]));
  if (found.some((n) => n === 0)) return null;
  const rarest = found.indexOf(Math.min(...found));
  // A row's own tokens, probed on [recordId, token]: an IN over a common word's range first read all of its tokens
  // (« m »: 80 ms at 100,000 clients, against under 1 ms probing the rows of a page).
  const hasWord = (alts: readonly string[]) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "SearchToken" AS "s" WHERE "s"."recordId" = "c"."id" AND (${Prisma.join(
      alts.map((a) => Prisma.sql`("s"."token" >= ${a} AND "s"."token" < ${`${a}\uffff`})`),
      " OR ",
    )}))`;
  const live = Prisma.sql`"c"."deletedAt" IS NULL`;
  if (found[rarest] > SELECTIVE_TOKENS) {
    return { from: Prisma.sql`${quoted(table)} AS "c"`, where: Prisma.join([live, ...groups.map(hasWord)], " AND ") };
  }
  const others = groups.filter((_, i) => i !== rarest).map(hasWord);
  return {
    from: Prisma.sql`(${Prisma.join(ranges(module, groups[rarest]), " UNION ")}) AS "t" CROSS JOIN ${quoted(table)} AS "c"`,
    where: Prisma.join([Prisma.sql`"c"."id" = "t"."recordId"`, live, ...others], " AND "),
  };
}

export type SqlPage = {
  column: string;
  /** The order the page is read in (reversed from the display order when paging backwards). */
  dir: "asc" | "desc";
  /** The keyset position to read from (exclusive), on a column that holds no nulls. */
  after: { v: string | number; id: string } | null;
  take: number;
};

/** The ids of one page of live matching records, in the page's read order. */
export async function matchingPageIds(db: Db, search: SearchSql, page: SqlPage): Promise<string[]> {
  const col = Prisma.sql`"c".${quoted(page.column)}`;
  const op = Prisma.raw(page.dir === "asc" ? ">" : "<");
  const dir = Prisma.raw(page.dir === "asc" ? "ASC" : "DESC");
  // The leading bound lets the index seek to the cursor (as keysetQuery does). `deletedAt` (null on every live row)
  // leads the order as it leads the list indexes: PostgreSQL then reads them in order instead of sorting.
  const keyset = page.after ? Prisma.sql` AND ${col} ${op}= ${page.after.v} AND (${col} ${op} ${page.after.v} OR "c"."id" ${op} ${page.after.id})` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "c"."id" AS "id" FROM ${search.from} WHERE ${search.where}${keyset} ORDER BY "c"."deletedAt" ${dir}, ${col} ${dir}, "c"."id" ${dir} ${limit(page.take)}`;
  return rows.map((r) => r.id);
}

/** How many live records match, counted up to `cap + 1` by the database. */
export async function matchingCount(db: Db, search: SearchSql, cap: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS "n" FROM (SELECT "c"."id" FROM ${search.from} WHERE ${search.where} ${limit(cap + 1)}) AS "m"`;
  return Number(row?.n ?? 0);
}
