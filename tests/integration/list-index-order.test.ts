/** @jest-environment node */
// The SQL a list page sends, explained by the engine it runs on: every module's list, in each of its sort orders,
// must read an index in order and stop at the page, never sort the live rows. PostgreSQL takes the scope's
// `deletedAt IS NULL` for no equality, so an index holding deletedAt before the sort column serves the order only
// when the ORDER BY names deletedAt too (lib/records/keyset.ts `constant`): without it the client list sorted all
// 100,000 live clients for each page (200 ms against 8–22 ms on SQLite). The bench's floor queries are held to
// the same. On PostgreSQL the test tables are tiny, so sorting is switched off for the EXPLAIN: a Sort node that
// remains means no index can give the order.
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db-client";
import type { ListParams } from "@/lib/records/types";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { MODULES, MODULE_KEYS } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { listStateOf } from "@/lib/list-tools/query";
import { kanbanColumns } from "@/lib/activities/kanban";
import { listQueries, type ListFilter } from "@/scripts/bench/floor";

const getDb = setupTestDatabase();
const pgBase = process.env.TEST_POSTGRES_URL;
const FILTER: ListFilter = { fileStatus: "open", clientStatus: "jobSeeker" };
const FILE_STATUSES = ["open", "onHold", "closed"];
const CLIENT_STATUSES = ["newcomer", "jobSeeker", "student"];
let admin: CurrentUser;

type Logged = { query: string; params: unknown[] };

/** A second client on the same database that logs its SQL; lib/db is pointed at it while `run` runs. */
async function captured(run: () => Promise<unknown>): Promise<Logged[]> {
  const db = getDb();
  const log: [{ emit: "event"; level: "query" }] = [{ emit: "event", level: "query" }];
  let logged: PrismaClient;
  if (pgBase) {
    const [{ name }] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    const url = pgBase.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
    logged = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }), log }) as unknown as PrismaClient;
  } else {
    const files = await db.$queryRaw<{ name: string; file: string }[]>`PRAGMA database_list`;
    logged = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${files.find((f) => f.name === "main")!.file}` }), log });
  }
  const seen: Logged[] = [];
  (logged as unknown as { $on: (e: "query", fn: (e: { query: string; params: string }) => void) => void }).$on("query", (e) => seen.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
  const global = globalThis as { crmDb?: Db };
  global.crmDb = logged as Db;
  try {
    await run();
  } finally {
    global.crmDb = db;
    await logged.$disconnect();
  }
  return seen;
}

/** The engine's plan of one statement, one line per row or node: `query` is SQL Prisma itself sent (captured
 * above), run again under EXPLAIN with its own bound parameters. */
async function explain(query: string, params: readonly unknown[]): Promise<string[]> {
  const db = getDb();
  if (!pgBase) return (await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query}`, ...params)).map((r) => r.detail);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_sort = off`;
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${numbered(query)}`, ...params);
    return rows.map((r) => r["QUERY PLAN"]);
  });
}

/** ? placeholders (the floor's, SQLite's) as PostgreSQL's $1, $2…; Prisma's PostgreSQL SQL has none. */
const numbered = (sql: string) => sql.split("?").reduce((out, part, i) => `${out}$${i}${part}`);

/** What keeps a plan from reading an index in order and stopping at the page. */
function orderProblems(plan: string[], table: string): string[] {
  const problems = plan.filter((line) => (pgBase ? /\bSort\b|Seq Scan/.test(line) : /TEMP B-TREE FOR ORDER BY/.test(line) || new RegExp(`^SCAN (main\\.)?${table}$`).test(line.trim())));
  const indexed = plan.some((line) => (pgBase ? new RegExp(`Index (Only )?Scan( Backward)? using "?${table}_`) : new RegExp(`(SEARCH|SCAN) (main\\.)?${table} USING (COVERING )?INDEX`)).test(line));
  return indexed ? problems : [...problems, `no index of ${table} read`];
}

/** The statements on `table` that read rows in an order, page or capped count. */
const ordered = (seen: Logged[], table: string) =>
  seen.filter((s) => s.query.startsWith("SELECT") && s.query.includes("ORDER BY") && new RegExp(`FROM [\`"](main|public)[\`"]\\.[\`"]${table}[\`"]`).test(s.query));

async function listPlans(key: (typeof MODULE_KEYS)[number], query: string, paging: Partial<ListParams> = {}) {
  const model = MODULES[key];
  const table = model.table(getDb()).name!;
  const seen = await captured(() => model.list({ ...listStateOf(model.def, query), ...paging }, admin));
  const statements = ordered(seen, table);
  expect(statements.length).toBeGreaterThan(0);
  const out: { query: string; problems: string[] }[] = [];
  for (const s of statements) out.push({ query: s.query, problems: orderProblems(await explain(s.query, s.params), table) });
  return out;
}

beforeAll(async () => {
  await ensureDefaultPicklists();
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin" }));
  // Enough rows that SQLite's planner weighs an index against a scan; every status pair present.
  await getDb().client.createMany({
    data: Array.from({ length: 240 }, (_, i) => ({
      firstName: `Prénom${i}`,
      lastName: `Nom${String(i).padStart(3, "0")}`,
      sortName: `nom${String(i).padStart(3, "0")} prenom${i}`,
      nameKey: `nom${i}`,
      fileStatus: FILE_STATUSES[i % 3],
      clientStatus: CLIENT_STATUSES[Math.floor(i / 3) % 3],
      assignedUserId: i % 2 ? admin.id : null,
      createdById: admin.id,
      deletedAt: i % 40 === 0 ? new Date() : null,
    })),
  });
});

describe("the client list reads its index in order", () => {
  it("first page and its capped count, filtered on both statuses as the bench does", async () => {
    const plans = await listPlans("clients", `f.fileStatus=in&f.fileStatus.v=${FILTER.fileStatus}&f.clientStatus=in&f.clientStatus.v=${FILTER.clientStatus}`);
    expect(plans.length).toBeGreaterThanOrEqual(2); // the page and its count
    expect(plans.filter((p) => p.problems.length)).toEqual([]);
  });

  it("a keyset page from the first page's cursor, forwards and backwards", async () => {
    const model = MODULES.clients;
    const first = await model.list(listStateOf(model.def, "f.clientStatus=in&f.clientStatus.v=jobSeeker&size=20"), admin);
    expect(first.nextCursor).not.toBeNull();
    for (const before of [false, true]) {
      const plans = await listPlans("clients", "f.clientStatus=in&f.clientStatus.v=jobSeeker&size=20", { cursor: first.nextCursor, before });
      expect(plans.filter((p) => p.problems.length)).toEqual([]);
    }
  });

  it("a record's place in the list and its neighbours (« 2/8 », previous / next)", async () => {
    const model = MODULES.clients;
    const params = listStateOf(model.def, "f.clientStatus=in&f.clientStatus.v=jobSeeker");
    const [middle] = await getDb().client.findMany({ where: { deletedAt: null, clientStatus: "jobSeeker" }, orderBy: [{ sortName: "asc" }, { id: "asc" }], skip: 10, take: 1 });
    const seen = await captured(() => model.position(middle.id, params, admin));
    const statements = ordered(seen, "Client");
    expect(statements.length).toBeGreaterThanOrEqual(4); // next, previous, rank and total
    for (const s of statements) expect(orderProblems(await explain(s.query, s.params), "Client")).toEqual([]);
  });

  it("« Mes éléments » in name order", async () => {
    const plans = await listPlans("clients", "mine=1");
    expect(plans.filter((p) => p.problems.length)).toEqual([]);
  });
});

describe("every module's list, in each sort order and direction", () => {
  const cases = MODULE_KEYS.flatMap((key) => Object.keys(MODULES[key].sortColumns).flatMap((sort) => (["asc", "desc"] as const).map((dir) => [key, sort, dir] as const)));
  it.each(cases)("%s by %s %s", async (key, sort, dir) => {
    const plans = await listPlans(key, `sort=${sort}&dir=${dir}`);
    expect(plans.filter((p) => p.problems.length)).toEqual([]);
  });
});

it("each Kanban column reads its tasks in due order", async () => {
  const seen = await captured(() => kanbanColumns(admin, { mine: false, assignee: null, priority: null }));
  const statements = ordered(seen, "Task");
  expect(statements.length).toBeGreaterThan(0);
  for (const s of statements) expect(orderProblems(await explain(s.query, s.params), "Task")).toEqual([]);
});

it("the bench's floor queries for the list, first page and a keyset page", async () => {
  const [page] = listQueries(FILTER, null);
  const rows = await run(page.sql, page.params);
  expect(rows.length).toBeGreaterThan(5);
  const after = { sortName: String(rows[5].sortName), id: String(rows[5].id) };
  for (const q of [...listQueries(FILTER, null), ...listQueries(FILTER, after)]) {
    expect(orderProblems(await explain(q.sql, q.params), "Client")).toEqual([]);
  }
});

/** Runs a floor statement (written with ? placeholders) as it is. */
async function run(sql: string, params: readonly unknown[]) {
  return getDb().$queryRawUnsafe<Record<string, unknown>[]>(pgBase ? numbered(sql) : sql, ...params);
}
