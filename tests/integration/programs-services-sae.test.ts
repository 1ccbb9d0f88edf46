/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/navigation", () => ({ redirect: jest.fn(), notFound: jest.fn() }));
jest.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { saveRecord, saveRecordField } from "@/lib/records/actions";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { servicesModel } from "@/lib/modules/services/model";
import { programsModel } from "@/lib/modules/programs/model";
import { fileNumberPrefix } from "@/lib/modules/sae/file-number";
import { updateActivityNumber } from "@/lib/modules/services/activity-actions";
import { saveVisitRecipients } from "@/lib/kiosk/recipient-actions";
import { visitRecipientIds } from "@/lib/kiosk/recipients";

const getDb = setupTestDatabase();
let staff: CurrentUser, manager: CurrentUser, admin: CurrentUser;
let clientA: string, clientB: string, partner: string;
const parent = (module: string, id: string) => JSON.stringify({ module, id });
const ok = <T,>(r: { ok: boolean; data?: T }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as T;
};

beforeAll(async () => {
  await ensureDefaultPicklists();
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Inès Agente" }));
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager", name: "Olivier Gestion" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin" }));
  currentUser.mockResolvedValue(staff);
  clientA = ok<{ id: string }>(await saveRecord("clients", { firstName: "Aputi", lastName: "Kilabuk-Côté", fileStatus: "open", clientStatus: "newcomer" })).id;
  clientB = ok<{ id: string }>(await saveRecord("clients", { firstName: "Marcel", lastName: "Okafor", fileStatus: "open", clientStatus: "jobSeeker" })).id;
  partner = ok<{ id: string }>(await saveRecord("partners", { name: "Coopérative Iqaluit" })).id;
});

const services = (where: object) => getDb().service.findMany({ where, orderBy: { createdAt: "asc" } });

describe("programs", () => {
  it("records a client's or a partner's participation, titled by the participant, listed under them", async () => {
    currentUser.mockResolvedValue(staff);
    ok(await saveRecord("programs", { relatedTo: parent("clients", clientA), program: "francisation", status: "active", startDate: "2026-09-01" }));
    ok(await saveRecord("programs", { relatedTo: parent("partners", partner), program: "mentorat", status: "planned" }));
    const refused = await saveRecord("programs", { program: "francisation", status: "active" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { relatedTo: { key: "validation.required" } } });
    expect(await saveRecord("programs", { relatedTo: parent("contacts", clientA), program: "francisation", status: "active" })).toMatchObject({ ok: false, fieldErrors: { relatedTo: { key: "validation.parent" } } });
    expect(await saveRecord("programs", { relatedTo: parent("clients", clientA), program: "pas-une-valeur", status: "active" })).toMatchObject({ ok: false, fieldErrors: { program: { key: "validation.choice" } } });
    const page = await programsModel.list({ q: "kilabuk", sort: "participant", dir: "asc", cursor: null, before: false, mine: false, locale: "fr" }, staff, [{ clientId: clientA }]);
    expect(page.rows.map((r) => r.title)).toEqual(["Aputi Kilabuk-Côté"]);
  });
});

describe("participants", () => {
  it("follows a renamed client in its participations' titles, sort keys and search words", async () => {
    currentUser.mockResolvedValue(staff);
    const client = ok<{ id: string }>(await saveRecord("clients", { firstName: "Ruth", lastName: "Avrumi", fileStatus: "open", clientStatus: "newcomer" })).id;
    ok(await saveRecord("programs", { relatedTo: parent("clients", client), program: "mentorat", status: "active" }));
    ok(await saveRecordField("clients", { id: client, version: 1, field: "lastName", value: "Qaqqaq" }));
    const row = await getDb().programParticipation.findFirstOrThrow({ where: { clientId: client } });
    expect(row).toMatchObject({ participant: "Ruth Qaqqaq", participantSort: "ruth qaqqaq" });
    const found = await programsModel.list({ q: "qaqqaq", sort: "participant", dir: "asc", cursor: null, before: false, mine: false, locale: "fr" }, staff);
    expect(found.rows.map((r) => r.id)).toEqual([row.id]);
  });
});

describe("services and activity numbers", () => {
  it("lets two participants share an activity's number and refuses it for another service name", async () => {
    currentUser.mockResolvedValue(staff);
    ok(await saveRecord("services", { relatedTo: parent("clients", clientA), serviceName: "atelier-cv", activityNumber: "2026-014", startDate: "2026-10-01" }));
    ok(await saveRecord("services", { relatedTo: parent("clients", clientB), serviceName: "atelier-cv", activityNumber: " 2026-014 " }));
    expect((await services({ activityNumber: "2026-014" })).map((s) => s.participant).sort()).toEqual(["Aputi Kilabuk-Côté", "Marcel Okafor"]);
    expect(await getDb().activityNumber.findUnique({ where: { number: "2026-014" } })).toMatchObject({ serviceName: "atelier-cv", startDate: "2026-10-01" });

    const refused = await saveRecord("services", { relatedTo: parent("partners", partner), serviceName: "orientation", activityNumber: "2026-014" });
    expect(refused).toMatchObject({ ok: false, error: "errors.invalid", fieldErrors: { activityNumber: { key: "programRules.activityTaken", values: { number: "2026-014", activity: "Atelier CV" } } } });
    expect(await getDb().service.count({ where: { partnerId: partner } })).toBe(0);

    // Inline edit of the name of a service that carries the number is refused the same way.
    const [first] = await services({ clientId: clientA, activityNumber: "2026-014" });
    expect(await saveRecordField("services", { id: first.id, version: first.version, field: "serviceName", value: "orientation" })).toMatchObject({ ok: false, fieldErrors: { activityNumber: { key: "programRules.activityTaken" } } });
    expect(await saveRecord("services", { relatedTo: parent("clients", clientA), serviceName: "atelier-cv", activityNumber: "<b>14</b>" })).toMatchObject({ ok: false, fieldErrors: { activityNumber: { key: "validation.format" } } });
  });

  it("has the database refuse a second name for a number, even past the application", async () => {
    const db = getDb();
    await expect(db.activityNumber.create({ data: { number: "2026-014", serviceName: "orientation" } })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.service.create({ data: { clientId: clientA, serviceName: "orientation", activityNumber: "2026-014" } })).rejects.toThrow();
    await expect(db.service.create({ data: { clientId: clientA, serviceName: "orientation", activityNumber: "JAMAIS-VU" } })).rejects.toThrow();
  });

  it("gives a new number to one activity when two first saves race", async () => {
    currentUser.mockResolvedValue(staff);
    const results = await Promise.all([
      saveRecord("services", { relatedTo: parent("clients", clientA), serviceName: "jumelage", activityNumber: "COURSE-1" }),
      saveRecord("services", { relatedTo: parent("clients", clientB), serviceName: "orientation", activityNumber: "COURSE-1" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { activityNumber: { key: "programRules.activityTaken" } } });
    expect(await getDb().activityNumber.count({ where: { number: "COURSE-1" } })).toBe(1);
  });

  it("lets managers, not staff, rename and correct an activity; its services follow", async () => {
    const activity = await getDb().activityNumber.findUniqueOrThrow({ where: { number: "2026-014" } });
    const input = { id: activity.id, number: "2026-015", serviceName: "session-information", startDate: "2026-10-02", endDate: "" };
    currentUser.mockResolvedValue(staff);
    expect(await updateActivityNumber(input)).toEqual({ ok: false, error: "errors.forbidden" });
    currentUser.mockResolvedValue(null);
    expect(await updateActivityNumber(input)).toEqual({ ok: false, error: "errors.unauthenticated" });
    currentUser.mockResolvedValue(manager);
    ok(await saveRecord("services", { relatedTo: parent("clients", clientB), serviceName: "jumelage", activityNumber: "TAKEN-9" }));
    expect(await updateActivityNumber({ ...input, number: "TAKEN-9" })).toMatchObject({ ok: false, fieldErrors: { number: { key: "activityNumbers.numberTaken" } } });
    expect(await updateActivityNumber({ ...input, extra: "x" })).toMatchObject({ ok: false, error: "errors.invalid" });
    ok(await updateActivityNumber(input));
    const moved = await services({ activityNumber: "2026-015" });
    expect(moved).toHaveLength(2);
    expect(moved.every((s) => s.serviceName === "session-information" && s.version === 2 && s.serviceNameFr === "session d information")).toBe(true);
    const page = await servicesModel.list({ q: "2026-015", sort: "createdAt", dir: "asc", cursor: null, before: false, mine: false, locale: "fr" }, staff);
    expect(page.rows).toHaveLength(2);
    expect(await getDb().auditLog.count({ where: { module: "services", field: "serviceName", userId: manager.id } })).toBe(2);
  });
});

describe("SAE files", () => {
  it("refuses a taken « Identification du dossier » with the next free number, and the database enforces it", async () => {
    currentUser.mockResolvedValue(staff);
    const prefix = fileNumberPrefix();
    ok(await saveRecord("sae", { fileNumber: `${prefix}0001`, clientId: clientA, status: "open", counsellorId: staff.id }));
    ok(await saveRecord("sae", { fileNumber: `${prefix}0002`, clientId: clientB, status: "open" }));
    const refused = await saveRecord("sae", { fileNumber: ` ${prefix.toLowerCase()}0001`, clientId: clientB, status: "open" });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { fileNumber: { key: "programRules.fileNumberTaken", values: { number: `${prefix}0001`, suggestion: `${prefix}0003` } } } });
    await expect(getDb().saeFile.create({ data: { fileNumber: `${prefix}0001`, clientId: clientB } })).rejects.toMatchObject({ code: "P2002" });
    const races = await Promise.all([0, 1].map(() => saveRecord("sae", { fileNumber: "PAPIER-77", clientId: clientA, status: "open" })));
    expect(races.filter((r) => r.ok)).toHaveLength(1);
    expect(races.find((r) => !r.ok)).toMatchObject({ fieldErrors: { fileNumber: { key: "programRules.fileNumberTaken" } } });
  });

  it("lists the file's client's services through the subpanel's matched column", async () => {
    const file = await getDb().saeFile.findFirstOrThrow({ where: { clientId: clientA } });
    const { saeModule } = await import("@/lib/modules/sae/module");
    expect(saeModule.subpanels).toContainEqual({ module: "services", via: "clientId", match: "clientId" });
    const page = await servicesModel.list({ q: "", sort: "createdAt", dir: "desc", cursor: null, before: false, mine: false, locale: "fr" }, staff, [{ clientId: file.clientId }]);
    expect(page.rows.length).toBeGreaterThan(0);
  });
});

describe("access control", () => {
  it("refuses every module's save without a session", async () => {
    currentUser.mockResolvedValue(null);
    for (const key of ["programs", "services", "sae"]) expect(await saveRecord(key, {})).toEqual({ ok: false, error: "errors.unauthenticated" });
  });

  it("lets only admins name the staff told of visits, and only active users", async () => {
    currentUser.mockResolvedValue(manager);
    expect(await saveVisitRecipients({ userIds: [staff.id] })).toEqual({ ok: false, error: "errors.forbidden" });
    currentUser.mockResolvedValue(admin);
    const inactive = await makeUser(getDb(), { active: false });
    expect(await saveVisitRecipients({ userIds: [inactive.id] })).toMatchObject({ ok: false, fieldErrors: { userIds: { key: "records.badReference" } } });
    ok(await saveVisitRecipients({ userIds: [staff.id, manager.id, staff.id] }));
    expect(await visitRecipientIds()).toEqual([staff.id, manager.id]);
  });
});
