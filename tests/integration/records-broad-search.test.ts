/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { MODULES } from "@/lib/modules/registry";
import { SELECTIVE_TOKENS } from "@/lib/records/search";
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
