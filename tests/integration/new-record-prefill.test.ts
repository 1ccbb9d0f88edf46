/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

const currentUser = jest.fn();
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
jest.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));

import { MODULES } from "@/lib/modules/registry";
import { deleteRecord, saveRecord } from "@/lib/records/service";
import { newRecordValues } from "@/components/record-pages/form-pages";

const getDb = setupTestDatabase();
let staff: CurrentUser;
let clientId: string, partnerId: string;

beforeAll(async () => {
  staff = asCurrentUser(await makeUser(getDb(), { role: "admin", name: "Naja Test" }));
  currentUser.mockResolvedValue(staff);
  const save = async (module: keyof typeof MODULES, input: Record<string, unknown>) =>
    (await saveRecord(MODULES[module], MODULES[module].schema.parse({ ...input, confirmDuplicates: "1" }) as never, staff)).id;
  clientId = await save("clients", { lastName: "Qaunaq", firstName: "Élisapie", fileStatus: "open", clientStatus: "newcomer" });
  partnerId = await save("partners", { name: "Atelier Nordique" });
});

describe("a new record opened with « + » on a record's page (?from=)", () => {
  it("starts linked to that record through the first field that may point at it", async () => {
    const call = await newRecordValues(MODULES.calls, staff, { from: `clients:${clientId}` });
    expect(JSON.parse(call.values.relatedTo as string)).toEqual({ module: "clients", id: clientId });
    expect(call.relations.relatedTo).toEqual({ id: clientId, label: "Élisapie Qaunaq" });

    const contact = await newRecordValues(MODULES.contacts, staff, { from: `partners:${partnerId}` });
    expect(contact.values.partnerId).toBe(partnerId);
    expect(contact.values.assignedUserId).toBe(staff.id);
  });

  it("ignores a module no field points at, a malformed value, and a record the user cannot see", async () => {
    const blank = (await newRecordValues(MODULES.calls, staff, {})).values;
    for (const from of [`tasks:${clientId}`, `clients:${clientId}:x`, "clients:", `constructor:${clientId}`, `clients:${"x".repeat(80)}`]) {
      expect((await newRecordValues(MODULES.calls, staff, { from })).values).toEqual(blank);
    }
    await deleteRecord(MODULES.partners, partnerId, staff);
    expect((await newRecordValues(MODULES.contacts, staff, { from: `partners:${partnerId}` })).values.partnerId).toBeUndefined();
  });

  it("starts at the time of the calendar slot it was opened from, and ignores a malformed time", async () => {
    expect((await newRecordValues(MODULES.calls, staff, { startAt: "2026-11-30T13:00" })).values.startAt).toBe("2026-11-30T13:00");
    const meeting = (await newRecordValues(MODULES.meetings, staff, { startAt: "2026-11-30T13:00", endAt: "2026-11-30T14:00" })).values;
    expect(meeting).toMatchObject({ startAt: "2026-11-30T13:00", endAt: "2026-11-30T14:00" });
    expect((await newRecordValues(MODULES.tasks, staff, { dueAt: "2026-11-30T13:00" })).values.dueAt).toBe("2026-11-30T13:00");
    for (const startAt of ["2026-02-30T13:00", "13:00", "2026-11-30T25:00"]) {
      expect((await newRecordValues(MODULES.calls, staff, { startAt })).values.startAt).toBeUndefined();
    }
  });
});
