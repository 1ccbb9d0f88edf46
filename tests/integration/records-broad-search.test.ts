/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { MODULES } from "@/lib/modules/registry";
import { queryGroups, SELECTIVE_TOKENS } from "@/lib/records/search";
import { matchingCount, matchingPageIds, searchSql } from "@/lib/records/search-sql";
import { sortKey } from "@/lib/records/normalize";
import type { ListParams } from "@/lib/records/types";

// A word matching more tokens than SELECTIVE_TOKENS is checked on candidate rows in list order: pages must still
// be full, in order, without gaps or repeats, and the count capped.
const getDb = setupTestDatabase();
const N = SELECTIVE_TOKENS + 300;
let user: CurrentUser;

beforeAll(async () => {
  user = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  const rows = Array.from({ length: N }, (_, i) => {
    const last = `Mallet${String(i).padStart(5, "0")}`;
    // Every seventh one also has a rarer second word, so that two broad words must both match.
    const first = i % 7 === 0 ? "Maude" : "Jean";
    return { id: `broad${String(i).padStart(5, "0")}`, firstName: first, lastName: last, sortName: sortKey(last, first), nameKey: `${first} ${last}`.toLowerCase() };
  });
  await getDb().client.createMany({ data: rows });
  await getDb().searchToken.createMany({
    data: rows.flatMap((r) => [
      { module: "clients", recordId: r.id, token: `w:${r.lastName.toLowerCase()}` },
      { module: "clients", recordId: r.id, token: `w:${r.firstName.toLowerCase()}` },
    ]),
  });
});

const params = (q: string, cursor: string | null = null, before = false): ListParams => ({ q, sort: "name", dir: "asc", cursor, before, mine: false, locale: "fr" });

it("pages through a broad word in order, forwards and back, with a capped count", async () => {
  const seen: string[] = [];
  let page = await MODULES.clients.list(params("ma"), user);
  expect(page.rows).toHaveLength(50);
  expect(page).toMatchObject({ count: 200, capped: true });
  seen.push(...page.rows.map((r) => r.id));
  const first = page;
  page = await MODULES.clients.list(params("ma", page.nextCursor), user);
  expect(page.rows).toHaveLength(50);
  seen.push(...page.rows.map((r) => r.id));
  expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => `broad${String(i).padStart(5, "0")}`));
  const back = await MODULES.clients.list(params("ma", page.prevCursor, true), user);
  expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
});

it("keeps only rows matching every broad word", async () => {
  const page = await MODULES.clients.list(params("ma mau"), user);
  expect(page.rows.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => `broad${String(i * 7).padStart(5, "0")}`));
  expect(page.capped).toBe(true);
  const none = await MODULES.clients.list(params("ma zzz"), user);
  expect(none.rows).toEqual([]);
});

it("places a record in a broad search's list (« 2/8 ») with its neighbours", async () => {
  const position = await MODULES.clients.position("broad00014", params("ma mau"), user);
  expect(position).toMatchObject({ index: 3, prevId: "broad00007", nextId: "broad00021" });
});

// PostgreSQL checks common words against hashed sets of their records (lib/records/search-sql.ts) where SQLite
// probes each row's tokens; the first page also reads ahead to count. Both shapes must give the same pages.
(process.env.TEST_POSTGRES_URL ? describe : describe.skip)("on PostgreSQL, hashed sets and probes", () => {
  const sortNames = new Map<string, string>();
  beforeAll(async () => {
    for (const r of await getDb().client.findMany({ select: { id: true, sortName: true } })) sortNames.set(r.id, r.sortName);
    // Two more common words: « nord » on nine records in ten; « est » on 192 records, eleven tokens each (2,112
    // tokens: common, yet fewer records than the count's cap).
    const ids = Array.from({ length: N }, (_, i) => i);
    await getDb().searchToken.createMany({
      data: [
        ...ids.filter((i) => i % 10 !== 0).map((i) => ({ module: "clients", recordId: `broad${String(i).padStart(5, "0")}`, token: "w:nord" })),
        ...ids.filter((i) => i % 12 === 0).flatMap((i) => Array.from({ length: 11 }, (_, k) => ({ module: "clients", recordId: `broad${String(i).padStart(5, "0")}`, token: `w:est${k}` }))),
      ],
    });
  });

  async function walk(q: string, dir: "asc" | "desc", postgres: boolean) {
    const ids: string[] = [];
    const counts: number[] = [];
    let after: { v: string; id: string } | null = null;
    for (;;) {
      const search = await searchSql(getDb(), "clients", "Client", queryGroups(q), postgres);
      if (!search) return { ids, counts };
      expect(search.readAhead).toBe(postgres); // every word here is common: the hashed shape on PostgreSQL
      const { ids: page, counted } = await matchingPageIds(getDb(), search, { column: "sortName", dir, after, take: 51 });
      counts.push(await matchingCount(getDb(), search, 200, counted));
      ids.push(...page.slice(0, 50));
      if (page.length <= 50) return { ids, counts };
      after = { v: sortNames.get(page[49])!, id: page[49] };
    }
  }

  it.each([
    ["ma", "asc", N],
    ["ma", "desc", N],
    ["ma nord", "asc", N - N / 10],
    ["est", "asc", 192],
    ["ma est", "desc", 192],
    ["nord est", "asc", 192 - 39],
  ] as const)("« %s » (%s) pages and counts alike", async (q, dir, total) => {
    const hashed = await walk(q, dir, true);
    const probed = await walk(q, dir, false);
    expect(hashed.ids).toEqual(probed.ids);
    expect(hashed.counts).toEqual(probed.counts);
    expect(new Set(hashed.ids).size).toBe(total);
    expect(hashed.counts[0]).toBe(Math.min(total, 201));
  });
});
