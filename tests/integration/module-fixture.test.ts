/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { MODULES, modelOf } from "@/lib/modules/registry";
import { findRecordDuplicates, removeRecord, restoreRecordAction, saveRecord, saveRecordField, searchRecords } from "@/lib/records/actions";
import { recycleBin } from "@/lib/records/recycle-bin";
import { suppliersModel } from "@/tests/fixtures/suppliers/model";

// The proof that a module is its definition, schema and model plus one registry line: the fixture module is
// registered here (the one line), and every shared action, list, search, bin and title works for it.
const getDb = setupTestDatabase();
let staff: CurrentUser, manager: CurrentUser, admin: CurrentUser;

beforeAll(async () => {
  (MODULES as Record<string, unknown>).suppliers = suppliersModel;
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Ananias Staff" }));
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager", name: "Bertille Gestion" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin" }));
});
afterAll(() => {
  delete (MODULES as Record<string, unknown>).suppliers;
});

const list = (q = "", sort = "name", mine = false) => suppliersModel.list({ q, sort, dir: "asc", cursor: null, before: false, mine, locale: "fr" }, staff);

it("creates, edits inline, searches, sorts, deletes and restores through the shared actions", async () => {
  expect(modelOf("suppliers")).toBe(suppliersModel);
  currentUser.mockResolvedValue(staff);
  const created = await saveRecord("suppliers", { name: "Fournitures Arctiques", email: "info@arctique.test", type: "consultant", assignedUserId: manager.id });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const { id } = created.data;
  const other = await saveRecord("suppliers", { name: "Béton Baffin", type: "company", assignedUserId: staff.id });
  expect(other).toMatchObject({ ok: true });

  expect(await saveRecordField("suppliers", { id, version: 1, field: "email", value: "ventes@arctique.test" })).toMatchObject({ ok: true, data: { version: 2 } });
  expect((await list("arcti")).rows.map((r) => r.title)).toEqual(["Fournitures Arctiques"]);
  expect((await list("ventes@")).rows.map((r) => r.title)).toEqual(["Fournitures Arctiques"]);
  // List values sort by their label (this fixture ships no messages file, so by value), « Assigné à » by name.
  expect((await list("", "type")).rows.map((r) => r.title)).toEqual(["Béton Baffin", "Fournitures Arctiques"]);
  expect((await list("", "assignedUserId")).rows.map((r) => r.title)).toEqual(["Béton Baffin", "Fournitures Arctiques"]);
  expect((await list("", "name", true)).rows.map((r) => r.title)).toEqual(["Béton Baffin"]);

  const dup = await findRecordDuplicates("suppliers", { name: "fournitures arctiques" });
  expect(dup).toMatchObject({ ok: true, data: [expect.objectContaining({ id, reasons: ["name"] })] });
  expect(await searchRecords("suppliers", { q: "beton" })).toMatchObject({ ok: true, data: [expect.objectContaining({ label: "Béton Baffin" })] });

  currentUser.mockResolvedValue(manager);
  expect(await removeRecord("suppliers", { id })).toEqual({ ok: true, data: { id } });
  expect((await list("arcti")).rows).toEqual([]);
  expect((await recycleBin(admin)).map((e) => [e.module, e.id])).toContainEqual(["suppliers", id]);

  currentUser.mockResolvedValue(admin);
  expect(await restoreRecordAction({ module: "suppliers", id })).toMatchObject({ ok: true });
  expect((await suppliersModel.titles([id], staff)).get(id)).toBe("Fournitures Arctiques");
  const history = await getDb().auditLog.findMany({ where: { module: "suppliers", recordId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  expect(history.map((h) => [h.action, h.field])).toEqual([["create", null], ["update", "email"], ["delete", null], ["restore", null]]);
});
