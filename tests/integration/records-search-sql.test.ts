/** @jest-environment node */
// A quick search in the whole read scope runs as SQL (lib/records/search-sql.ts); with a criterion it goes
// through the token plan and the model API. Both must page through the same records in the same order.
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { MODULES } from "@/lib/modules/registry";
import { sortKey } from "@/lib/records/normalize";
import { quoted } from "@/lib/records/search-sql";
import type { ListParams } from "@/lib/records/types";

const getDb = setupTestDatabase();
let user: CurrentUser;
const LAST = ["Martel", "Marchand", "Maki", "Kilabuk", "Mallet", "Ootova"];
const FIRST = ["Marie", "Jean", "Aputi", "Noah"];

beforeAll(async () => {
  user = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  // Shared surnames (ties on the sort column broken by id), and every ninth one in the recycle bin.
  const rows = Array.from({ length: 160 }, (_, i) => {
    const [first, last] = [FIRST[i % FIRST.length], LAST[i % LAST.length]];
    return { id: `s${String((i * 37) % 1000).padStart(4, "0")}`, firstName: first, lastName: last, sortName: sortKey(last, first), nameKey: `${first} ${last}`.toLowerCase(), deletedAt: i % 9 === 0 ? new Date() : null };
  });
  await getDb().client.createMany({ data: rows });
  await getDb().searchToken.createMany({ data: rows.flatMap((r) => [r.firstName, r.lastName].map((w) => ({ module: "clients", recordId: r.id, token: `w:${w.toLowerCase()}` }))) });
});

const base = (q: string, dir: "asc" | "desc"): ListParams => ({ q, sort: "name", dir, cursor: null, before: false, mine: false, locale: "fr", size: 20 });
// A criterion every record meets: the same list, but not « plain », so the model API path answers it.
const viaModel = (p: ListParams): ListParams => ({ ...p, criteria: [{ field: "firstName", op: "notEmpty" }] });

async function walk(params: ListParams) {
  const ids: string[] = [];
  let page = await MODULES.clients.list(params, user);
  const first = { count: page.count, capped: page.capped };
  ids.push(...page.rows.map((r) => r.id));
  while (page.nextCursor) {
    page = await MODULES.clients.list({ ...params, cursor: page.nextCursor }, user);
    ids.push(...page.rows.map((r) => r.id));
  }
  // And one page back from the last: the page before it, in display order.
  const back = page.prevCursor ? (await MODULES.clients.list({ ...params, cursor: page.prevCursor, before: true }, user)).rows.map((r) => r.id) : [];
  return { ids, first, back };
}

it.each([
  ["ma", "asc"],
  ["ma", "desc"],
  ["mar", "asc"],
  ["ma marie", "asc"],
  ["kilabuk aputi", "desc"],
  ["zzz", "asc"],
] as const)("« %s » (%s) pages through the same records by SQL as through the model API", async (q, dir) => {
  const sql = await walk(base(q, dir));
  const model = await walk(viaModel(base(q, dir)));
  expect(sql.ids).toEqual(model.ids);
  expect(new Set(sql.ids).size).toBe(sql.ids.length);
  expect(sql.first).toEqual(model.first);
  expect(sql.back).toEqual(model.back);
  if (q === "ma") expect(sql.ids.length).toBeGreaterThan(40);
});

it("refuses a table or column name that is not a plain identifier", () => {
  expect(() => quoted('Client" WHERE 1=1 --')).toThrow(/identifier/);
  expect(quoted("sortName").sql).toBe('"sortName"');
});
