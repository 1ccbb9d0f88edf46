// A quick search over a module's live records in the user's full read scope, as SQL: the database finds the
// page's ids beside the list's keyset and counts the matches. Through the model API the matching ids had to come
// back to JavaScript and go out again as IN lists of up to thousands of bound values.
//
// Two shapes, chosen by how many tokens the rarest typed word matches (counted first, from the index alone):
// - a rare word drives: its few hundred records are looked up by id, then sorted (CROSS JOIN fixes that order
//   on SQLite; PostgreSQL plans the join itself);
// - only common words: the list is read in its own index order and stops as soon as a page is full, each row
//   checked against every word. Either shape on the wrong kind of word cost 10 to 25 times more.
// How a row is checked against a common word depends on the engine:
// - SQLite probes the row's own tokens on [recordId, token]: a probe is a b-tree seek in process (1–2 µs);
// - PostgreSQL reads each word's records once from the token index into a hashed set and looks each row's id up
//   in it. Its probes cost 5 to 15 µs each, and its planner, free to plan the EXISTS as a join, walked the whole
//   [recordId, token] index at times: « ou » (clients together late in name order) took 1.1 s at 100,000 clients,
//   « mar » 340 ms. A set costs one read of the word's tokens, about 0.5 µs each, whatever the walk's length.
//   The first page then reads on to the count's cap, so that the count needs no second set (READ_AHEAD).
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { isPostgres } from "@/lib/records/engine";
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

/**
 * On PostgreSQL the first page of common words reads on to this many matches and keeps how many it met: the
 * count (lib/records/list.ts counts up to 200) then needs neither a second walk nor a second hashed set.
 */
const READ_AHEAD = 201;

/** The records of a search, as a FROM and a WHERE over the module's rows aliased "c". */
export type SearchSql = { from: Prisma.Sql; where: Prisma.Sql; readAhead: boolean };

/** A page's ids, and how many records its read-ahead met (up to READ_AHEAD) when it read ahead. */
export type MatchingPage = { ids: string[]; counted: number | null };

/** The search's SQL, or null when some word matches no token (nothing to read). */
export async function searchSql(db: Db, module: string, table: string, groups: readonly (readonly string[])[], postgres = isPostgres()): Promise<SearchSql | null> {
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
  // IS TRUE keeps the IN a filter: as a plain IN, PostgreSQL turns it into a join and looks every match up by id
  // before sorting them (« a »: 290 ms); as a filter it is a SubPlan, hashed once, beside the ordered walk. The set
  // is unnest(ARRAY(…)) because PostgreSQL hashes a subquery only when its estimate fits hash_mem (8 MB, about
  // 150,000 ids) and runs it again for every row otherwise; it estimated a token range three times too high
  // (« a »: 86,000 for 28,651), so one-letter words at twice today's size would have been read once per row.
  // unnest's estimate is fixed: the set is always hashed (its memory grows with it, about 60 bytes an id).
  const inSet = (alts: readonly string[]) => Prisma.sql`("c"."id" IN (SELECT unnest(ARRAY(${Prisma.join(ranges(module, alts), " UNION ALL ")})))) IS TRUE`;
  const live = Prisma.sql`"c"."deletedAt" IS NULL`;
  if (found[rarest] > SELECTIVE_TOKENS) {
    return { from: Prisma.sql`${quoted(table)} AS "c"`, where: Prisma.join([live, ...groups.map(postgres ? inSet : hasWord)], " AND "), readAhead: postgres };
  }
  const others = groups.filter((_, i) => i !== rarest).map(hasWord);
  return {
    from: Prisma.sql`(${Prisma.join(ranges(module, groups[rarest]), " UNION ")}) AS "t" CROSS JOIN ${quoted(table)} AS "c"`,
    where: Prisma.join([Prisma.sql`"c"."id" = "t"."recordId"`, live, ...others], " AND "),
    readAhead: false,
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
export async function matchingPageIds(db: Db, search: SearchSql, page: SqlPage): Promise<MatchingPage> {
  const col = Prisma.sql`"c".${quoted(page.column)}`;
  const op = Prisma.raw(page.dir === "asc" ? ">" : "<");
  const dir = Prisma.raw(page.dir === "asc" ? "ASC" : "DESC");
  // The leading bound lets the index seek to the cursor (as keysetQuery does). `deletedAt` (null on every live row)
  // leads the order as it leads the list indexes: PostgreSQL then reads them in order instead of sorting.
  const keyset = page.after ? Prisma.sql` AND ${col} ${op}= ${page.after.v} AND (${col} ${op} ${page.after.v} OR "c"."id" ${op} ${page.after.id})` : Prisma.empty;
  const ahead = search.readAhead && !page.after && page.take < READ_AHEAD;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "c"."id" AS "id" FROM ${search.from} WHERE ${search.where}${keyset} ORDER BY "c"."deletedAt" ${dir}, ${col} ${dir}, "c"."id" ${dir} ${limit(ahead ? READ_AHEAD : page.take)}`;
  return { ids: rows.slice(0, page.take).map((r) => r.id), counted: ahead ? rows.length : null };
}

/** How many live records match, counted up to `cap + 1`: from the first page's read-ahead when it tells, else by the database. */
export async function matchingCount(db: Db, search: SearchSql, cap: number, counted: number | null = null): Promise<number> {
  // Fewer than READ_AHEAD is every match; READ_AHEAD is at least cap + 1 when the cap is below it.
  if (counted !== null && (counted < READ_AHEAD || cap < READ_AHEAD)) return Math.min(counted, cap + 1);
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS "n" FROM (SELECT "c"."id" FROM ${search.from} WHERE ${search.where} ${limit(cap + 1)}) AS "m"`;
  return Number(row?.n ?? 0);
}
