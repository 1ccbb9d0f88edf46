// The floor of each operation: the same result written as hand-written SQL on the raw driver, the least any data
// layer could do. Each query's plan is checked (plan-check.ts): a full scan of a large table fails the bench.
import type { Engine, RawDb, SqlRow } from "./raw-db";

export const PAGE = 50;
const COUNT_CAP = 1000;
const SEARCH_COUNT_CAP = 200;

export type FloorQuery = { sql: string; params: unknown[] };

const LIST_COLUMNS = `"id", "version", "firstName", "lastName", "phone", "email", "fileStatus", "clientStatus", "cvUpToDate", "cvLatestDate", "sortName"`;

export type ListFilter = { fileStatus: string; clientStatus: string };

/** A page of the filtered client list in name order, from a keyset position, and its capped count. */
export function listQueries(f: ListFilter, after: { sortName: string; id: string } | null): FloorQuery[] {
  const where = `"deletedAt" IS NULL AND "fileStatus" = ? AND "clientStatus" = ?`;
  const keyset = after ? ` AND "sortName" >= ? AND ("sortName" > ? OR "id" > ?)` : "";
  return [
    {
      sql: `SELECT ${LIST_COLUMNS} FROM "Client" WHERE ${where}${keyset} ORDER BY "deletedAt", "sortName", "id" LIMIT ${PAGE + 1}`,
      params: [f.fileStatus, f.clientStatus, ...(after ? [after.sortName, after.sortName, after.id] : [])],
    },
    { sql: `SELECT count(*) AS n FROM (SELECT "id" FROM "Client" WHERE ${where} ORDER BY "deletedAt", "sortName", "id" LIMIT ${COUNT_CAP + 1}) t`, params: [f.fileStatus, f.clientStatus] },
  ];
}

/** The keyset position of the row before page `page` (1-based). */
export async function pageStart(raw: RawDb, f: ListFilter, page: number): Promise<{ sortName: string; id: string } | null> {
  if (page <= 1) return null;
  const rows = await raw.all(
    `SELECT "sortName", "id" FROM "Client" WHERE "deletedAt" IS NULL AND "fileStatus" = ? AND "clientStatus" = ? ORDER BY "deletedAt", "sortName", "id" LIMIT 1 OFFSET ${(page - 1) * PAGE - 1}`,
    [f.fileStatus, f.clientStatus],
  );
  return (rows[0] as { sortName: string; id: string } | undefined) ?? null;
}

/** Token prefixes as the app writes them (lib/records/search.ts): a typed word may begin a name word or an e-mail. */
export function searchPrefixes(q: string): string[] {
  const digits = q.replace(/\D/g, "");
  if (/^[\d\s()+\-.]+$/.test(q) && digits.length >= 3) return [`p:${digits}`, `r:${[...digits].reverse().join("")}`];
  if (q.includes("@")) return [`e:${q.toLowerCase()}`];
  const w = q.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return [`w:${w}`, `e:${w}`];
}

const tokenRanges = (prefixes: string[]) => prefixes.map(() => `SELECT "recordId" FROM "SearchToken" WHERE "module" = 'clients' AND "token" >= ? AND "token" < ?`);
const rangeParams = (prefixes: string[]) => prefixes.flatMap((p) => [p, `${p}\uffff`]);

/** How many tokens the typed word's prefixes match, up to 2,001: whether the word is rare enough to drive the query. */
export function tokenCountQuery(q: string): FloorQuery {
  const prefixes = searchPrefixes(q);
  return { sql: `SELECT count(*) AS n FROM (${tokenRanges(prefixes).join(" UNION ALL ")} LIMIT 2001) t`, params: rangeParams(prefixes) };
}

/**
 * The first page of clients matching one typed word, in name order, through the token index, and its capped
 * count, in the best shape for the word and the engine, as someone who knows the data would write it: a rare
 * word's few records looked up and sorted (CROSS JOIN fixes that order on SQLite), or the name index walked
 * against a common word. SQLite probes each row's own tokens (a seek in process); PostgreSQL, whose probes cost
 * several times more and whose planner may turn them into a walk of the whole token index, looks each row's id
 * up in the word's records, read once into a hashed set, and counts in the same walk: the set is built once.
 */
export function searchQueries(q: string, rare: boolean, engine: Engine = "sqlite"): FloorQuery[] {
  const prefixes = searchPrefixes(q);
  const params = rangeParams(prefixes);
  if (rare) {
    const from = `(${tokenRanges(prefixes).join(" UNION ")}) AS t CROSS JOIN "Client" AS c`;
    const where = `c."id" = t."recordId" AND c."deletedAt" IS NULL`;
    const columns = LIST_COLUMNS.split(", ").map((col) => `c.${col}`).join(", ");
    return [
      { sql: `SELECT ${columns} FROM ${from} WHERE ${where} ORDER BY c."sortName", c."id" LIMIT ${PAGE + 1}`, params },
      { sql: `SELECT count(*) AS n FROM (SELECT c."id" FROM ${from} WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) m`, params },
    ];
  }
  const order = `ORDER BY "deletedAt", "sortName", "id"`;
  if (engine === "postgres") {
    // IS TRUE keeps the IN a filter (a plain IN becomes a join: every match looked up by id, then sorted);
    // unnest(ARRAY(…)) has a fixed estimate, so the filter is always a hashed SubPlan, never a scan per row.
    const match = `("id" IN (SELECT unnest(ARRAY(${tokenRanges(prefixes).join(" UNION ALL ")})))) IS TRUE`;
    // The walk reads the name index alone; only the page's rows are read whole.
    const walk = `SELECT "id", "sortName" FROM "Client" WHERE "deletedAt" IS NULL AND ${match} ${order} LIMIT ${SEARCH_COUNT_CAP + 1}`;
    const page = `SELECT "id", count(*) OVER () AS n FROM (${walk}) AS w ORDER BY "sortName", "id" LIMIT ${PAGE + 1}`;
    const columns = LIST_COLUMNS.split(", ").map((col) => `c.${col}`).join(", ");
    return [{ sql: `SELECT ${columns}, p.n FROM (${page}) AS p JOIN "Client" AS c ON c."id" = p."id" ORDER BY c."sortName", c."id"`, params }];
  }
  const match = `EXISTS (SELECT 1 FROM "SearchToken" AS s WHERE s."recordId" = "Client"."id" AND (${prefixes.map(() => `(s."token" >= ? AND s."token" < ?)`).join(" OR ")}))`;
  return [
    { sql: `SELECT ${LIST_COLUMNS} FROM "Client" WHERE "deletedAt" IS NULL AND ${match} ${order} LIMIT ${PAGE + 1}`, params },
    { sql: `SELECT count(*) AS n FROM (SELECT "id" FROM "Client" WHERE "deletedAt" IS NULL AND ${match} LIMIT ${SEARCH_COUNT_CAP + 1}) t`, params },
  ];
}

const ACTIVITY_TABLES = [
  { table: "Call", open: ["planned", "postponed"], done: ["held"] },
  { table: "Meeting", open: ["planned"], done: ["held", "notHeld"] },
  { table: "Task", open: ["notStarted", "inProgress", "pending"], done: ["completed"] },
] as const;

/** A client's record and its « Activités » and « Historique » subpanels: a page of ten plus counts per table. */
export function detailQueries(clientId: string): FloorQuery[] {
  const out: FloorQuery[] = [{ sql: `SELECT * FROM "Client" WHERE "id" = ? AND "deletedAt" IS NULL`, params: [clientId] }];
  for (const { table, open, done } of ACTIVITY_TABLES) {
    for (const states of [open, done]) {
      const inList = states.map(() => "?").join(", ");
      const where = `"clientId" = ? AND "deletedAt" IS NULL AND "status" IN (${inList})`;
      out.push({ sql: `SELECT "id", "subject", "status", "activityAt" FROM "${table}" WHERE ${where} ORDER BY "activityAt" DESC, "id" DESC LIMIT 11`, params: [clientId, ...states] });
      out.push({ sql: `SELECT count(*) AS n FROM "${table}" WHERE ${where}`, params: [clientId, ...states] });
    }
  }
  out.push({ sql: `SELECT "id", "name", "category", "fileName" FROM "Document" WHERE "clientId" = ? AND "deletedAt" IS NULL ORDER BY "id" LIMIT 11`, params: [clientId] });
  return out;
}

const CALENDAR_TABLES = [["Meeting", "startAt"], ["Call", "startAt"], ["Task", "dueAt"]] as const;

/** The index of the day an instant falls on, as nested CASEs over the days' starts (as lib/calendar/month-days.ts). */
function dayCase(at: string, starts: readonly Date[], lo: number, hi: number, params: unknown[], date: (d: Date) => unknown): string {
  if (lo === hi) return String(lo);
  const mid = (lo + hi + 1) >> 1;
  params.push(date(starts[mid]));
  const below = dayCase(at, starts, lo, mid - 1, params, date);
  return `(CASE WHEN "${at}" < ? THEN ${below} ELSE ${dayCase(at, starts, mid, hi, params, date)} END)`;
}

/**
 * Per table, the first `perDay` calls, meetings (by start; assigned ones only) and tasks (by due date) of each day
 * of a month's visible weeks on some users' calendars, and each day's count: `starts` are the days' first instants.
 */
export function calendarQueries(starts: readonly Date[], to: Date, userIds: readonly string[], perDay: number, date: (d: Date) => unknown): FloorQuery[] {
  const owners = userIds.map(() => "?").join(", ");
  return CALENDAR_TABLES.map(([table, at]) => {
    const params: unknown[] = [];
    const bucket = dayCase(at, starts, 0, starts.length - 1, params, date);
    return {
      sql: `SELECT "id", "at", "b", "n" FROM (SELECT "id", "at", "b", ROW_NUMBER() OVER (PARTITION BY "b" ORDER BY "at", "id") AS "r", COUNT(*) OVER (PARTITION BY "b") AS "n" FROM (SELECT "id", "${at}" AS "at", ${bucket} AS "b" FROM "${table}" WHERE "assignedUserId" IN (${owners}) AND "deletedAt" IS NULL AND "${at}" >= ? AND "${at}" < ?) AS "k") AS "w" WHERE "r" <= ${perDay}`,
      params: [...params, ...userIds, date(starts[0]), date(to)],
    };
  });
}

/**
 * The month view's floor: each table's first activities of each day (calendarQueries), the day's first `perDay` of
 * all tables kept, and those read whole by id, as lib/calendar/month.ts does. The kept rows come back as one list.
 */
export async function calendarMonthFloor(raw: RawDb, firsts: readonly FloorQuery[], perDay: number): Promise<SqlRow[][]> {
  const found = (await runQueries(raw, firsts)).flatMap((rows, t) => rows.map((r) => ({ t, id: String(r.id), at: new Date(r.at as string), b: Number(r.b) })));
  found.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));
  const shown = new Map<number, number>();
  const kept: string[][] = CALENDAR_TABLES.map(() => []);
  for (const f of found) {
    const n = shown.get(f.b) ?? 0;
    if (n >= perDay) continue;
    shown.set(f.b, n + 1);
    kept[f.t].push(f.id);
  }
  const rows: SqlRow[] = [];
  for (const [t, [table, at]] of CALENDAR_TABLES.entries()) {
    if (!kept[t].length) continue;
    const sql = `SELECT "id", "subject", "status", "version", "${at}", "assignedUserId", "clientId", "contactId", "partnerId" FROM "${table}" WHERE "id" IN (${kept[t].map(() => "?").join(", ")})`;
    rows.push(...(await raw.all(sql, kept[t])));
  }
  return [rows];
}

export async function runQueries(raw: RawDb, queries: readonly FloorQuery[]): Promise<SqlRow[][]> {
  const out: SqlRow[][] = [];
  for (const q of queries) out.push(await raw.all(q.sql, q.params));
  return out;
}

/** Every column of a table in list order: the floor of an export (rows streamed, CSV written by csv-stringify). */
export function exportQuery(table: string, order: string): FloorQuery {
  return { sql: `SELECT * FROM "${table}" WHERE "deletedAt" IS NULL ORDER BY ${order}`, params: [] };
}
