/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { saveColumns, saveFilter, updateFilter } from "@/lib/list-tools/actions";
import { bulkApply, bulkMatching } from "@/lib/list-tools/bulk-actions";
import { defaultFilterOf, listColumnsOf, savedFiltersOf } from "@/lib/list-tools/preferences";
import { listStateOf } from "@/lib/list-tools/query";
import { MODULES } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { saveRecord } from "@/lib/records/service";

const getDb = setupTestDatabase();
let staff: CurrentUser, manager: CurrentUser, other: CurrentUser;
const as = (user: CurrentUser | null) => currentUser.mockResolvedValue(user);

beforeAll(async () => {
  await ensureDefaultPicklists();
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager" }));
  other = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
});

describe("saved filters", () => {
  it("round-trip: saved in canonical form, listed, applied, renamed, one default, deleted; per user", async () => {
    as(staff);
    const saved = await saveFilter("clients", { name: "Iqaluit ouverts", query: "f.city=starts&f.city.v=Iqa&f.fileStatus=in&f.fileStatus.v=open&f.bogus=x&cursor=abc&q=", isDefault: true });
    expect(saved).toMatchObject({ ok: true, data: { query: "f.city=starts&f.city.v=Iqa&f.fileStatus=in&f.fileStatus.v=open" } });
    const list = await savedFiltersOf(staff.id, "clients");
    expect(list).toEqual([expect.objectContaining({ name: "Iqaluit ouverts", isDefault: true })]);
    expect(listStateOf(MODULES.clients.def, list[0].query).criteria).toEqual([
      { field: "city", op: "starts", value: "Iqa" },
      { field: "fileStatus", op: "in", values: ["open"] },
    ]);
    // A second default takes the place of the first.
    await saveFilter("clients", { name: "Fermés", query: "f.fileStatus=in&f.fileStatus.v=closed", isDefault: true });
    expect((await defaultFilterOf(staff.id, "clients"))?.name).toBe("Fermés");
    const id = list[0].id;
    expect(await updateFilter("clients", { op: "rename", id, name: "Fermés" })).toMatchObject({ ok: false, fieldErrors: { name: { key: "listTools.filterNameTaken" } } });
    expect(await updateFilter("clients", { op: "rename", id, name: "À Iqaluit" })).toMatchObject({ ok: true });
    expect(await updateFilter("clients", { op: "default", id, isDefault: true })).toMatchObject({ ok: true });
    expect((await defaultFilterOf(staff.id, "clients"))?.name).toBe("À Iqaluit");
    // Someone else's filter is not found, and theirs stay apart.
    as(other);
    expect(await updateFilter("clients", { op: "delete", id })).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await savedFiltersOf(other.id, "clients")).toEqual([]);
    as(staff);
    expect(await updateFilter("clients", { op: "delete", id })).toMatchObject({ ok: true });
    expect((await savedFiltersOf(staff.id, "clients")).map((f) => f.name)).toEqual(["Fermés"]);
  });

  it("refuses without a session, for an unknown module and with extra keys", async () => {
    as(null);
    expect(await saveFilter("clients", { name: "x", query: "", isDefault: false })).toEqual({ ok: false, error: "errors.unauthenticated" });
    as(staff);
    expect(await saveFilter("nope", { name: "x", query: "", isDefault: false })).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await saveFilter("clients", { name: "x", query: "", isDefault: false, userId: other.id })).toMatchObject({ ok: false, error: "errors.invalid" });
  });
});

describe("column preferences", () => {
  it("keeps the chosen columns in order per user and module, refuses unknown ones, resets", async () => {
    as(staff);
    expect(await saveColumns("clients", { columns: ["email", "name", "city", "createdAt"] })).toMatchObject({ ok: true });
    expect(await listColumnsOf(staff.id, MODULES.clients.def)).toEqual({ columns: ["email", "name", "city", "createdAt"], custom: true });
    expect((await listColumnsOf(other.id, MODULES.clients.def)).columns).toEqual([...MODULES.clients.def.listColumns]);
    expect((await listColumnsOf(staff.id, MODULES.partners.def)).custom).toBe(false);
    expect(await saveColumns("clients", { columns: ["passwordHash"] })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await saveColumns("clients", { columns: ["email", "email"] })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await saveColumns("clients", { columns: [] })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await saveColumns("clients", { columns: null })).toMatchObject({ ok: true });
    expect((await listColumnsOf(staff.id, MODULES.clients.def)).custom).toBe(false);
  });
});

describe("« Action Lot »", () => {
  async function seed(n: number, city: string) {
    const items = [];
    for (let i = 0; i < n; i++) items.push(await saveRecord(MODULES.clients, { lastName: `Lot ${city} ${i}`, city, fileStatus: "open", clientStatus: "newcomer" }, staff));
    return items;
  }

  it("updates every matching record in batches, with the change log, and reports version conflicts", async () => {
    await seed(130, "Baker Lake");
    as(staff);
    const matching = await bulkMatching("clients", { query: "f.city=starts&f.city.v=Baker" });
    if (!matching.ok) throw new Error(JSON.stringify(matching));
    expect(matching.data.items).toHaveLength(130);
    // Someone edits one record after the ids were read: that record is refused, not overwritten.
    const stale = matching.data.items[5];
    await saveRecord(MODULES.clients, { id: stale.id, version: stale.version, description: "changé entre-temps" }, manager);
    let done = 0;
    const failures = [];
    for (let i = 0; i < matching.data.items.length; i += 100) {
      const result = await bulkApply("clients", { op: "update", items: matching.data.items.slice(i, i + 100), values: { fileStatus: "closed", assignedUserId: manager.id }, query: "f.city=starts&f.city.v=Baker" });
      if (!result.ok) throw new Error(JSON.stringify(result));
      done += result.data.done;
      failures.push(...result.data.failures);
    }
    expect(done).toBe(129);
    expect(failures).toEqual([{ id: stale.id, title: expect.stringMatching(/^Lot Baker Lake \d+$/), reason: "records.conflict" }]);
    expect(await getDb().client.count({ where: { city: "Baker Lake", fileStatus: "closed", assignedUserId: manager.id } })).toBe(129);
    expect(await getDb().auditLog.count({ where: { module: "clients", action: "update", field: "fileStatus", userId: staff.id } })).toBe(129);
    const events = await getDb().auditLog.findMany({ where: { action: "bulk", userId: staff.id } });
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[0].detail!)).toMatchObject({ op: "update", fields: ["fileStatus", "assignedUserId"], filter: "f.city=starts&f.city.v=Baker" });
  }, 120_000);

  it("respects permissions: staff may not delete, unknown or non-bulk fields are refused, nothing is written", async () => {
    const [a] = await seed(2, "Arviat");
    as(staff);
    expect(await bulkApply("clients", { op: "delete", items: [a] })).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await bulkApply("clients", { op: "update", items: [a], values: { lastName: "Écrasé" } })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await bulkApply("clients", { op: "update", items: [a], values: { fileStatus: "hacked" } })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await bulkApply("clients", { op: "update", items: Array.from({ length: 101 }, () => a) })).toMatchObject({ ok: false, error: "errors.invalid" });
    as(null);
    expect(await bulkApply("clients", { op: "favorite", items: [a] })).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await bulkMatching("clients", { query: "" })).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await getDb().client.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ version: 1, deletedAt: null, lastName: "Lot Arviat 0" });
  });

  it("adds to favourites and deletes to the recycle bin (managers), reporting records already gone", async () => {
    const items = await seed(3, "Igloolik");
    as(manager);
    expect(await bulkApply("clients", { op: "favorite", items })).toMatchObject({ ok: true, data: { done: 3, failures: [] } });
    expect(await getDb().favorite.count({ where: { userId: manager.id, module: "clients", recordId: { in: items.map((i) => i.id) } } })).toBe(3);
    expect(await bulkApply("clients", { op: "delete", items: items.slice(0, 1) })).toMatchObject({ ok: true, data: { done: 1 } });
    const again = await bulkApply("clients", { op: "delete", items });
    expect(again).toMatchObject({ ok: true, data: { done: 2, failures: [{ id: items[0].id, reason: "errors.notFound" }] } });
    expect(await getDb().client.count({ where: { city: "Igloolik", deletedAt: { not: null } } })).toBe(3);
  });
});
