/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import { parseCsv } from "@/tests/helpers/csv";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/headers", () => ({ headers: async () => new Headers() }));
jest.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { GET as exportGet } from "@/app/api/export/[module]/route";
import { accessMatrix, canModule, hiddenFields, invalidateAccess, readScopeKind } from "@/lib/auth/access";
import { saveMatrix } from "@/lib/auth/access-store";
import { applyRows } from "@/lib/auth/access-matrix";
import { MODULES } from "@/lib/modules/registry";
import { saveRecord, saveRecordField, submitRecordForm } from "@/lib/records/actions";
import { saveRecord as writeRecord } from "@/lib/records/service";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import type { ListParams } from "@/lib/records/types";

const getDb = setupTestDatabase();
let staff: CurrentUser, other: CurrentUser, manager: CurrentUser, admin: CurrentUser;
let mine: string, theirs: string;

const list = (extra: Partial<ListParams> = {}): ListParams => ({ q: "", sort: "name", dir: "asc", cursor: null, before: false, mine: false, ...extra });
const restrict = async (rows: { role: string; key: string; value: string }[]) => {
  await getDb().roleAccess.deleteMany();
  for (const r of rows) await getDb().roleAccess.create({ data: r });
  invalidateAccess();
};

beforeAll(async () => {
  await ensureDefaultPicklists();
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Agente Portée" }));
  other = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Agent Voisin" }));
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin", name: "Admine Droits" }));
  const base = { fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1" };
  mine = (await writeRecord(MODULES.clients, { ...base, firstName: "Aputi", lastName: "Kilabuk", assignedUserId: staff.id, birthDate: "1990-04-02", immigrationStatus: "refugee" }, staff)).id;
  theirs = (await writeRecord(MODULES.clients, { ...base, firstName: "Elisapi", lastName: "Nowdlak", assignedUserId: other.id, birthDate: "1985-11-20", immigrationStatus: "citizen" }, other)).id;
});
afterEach(() => restrict([]));

describe("the matrix in force", () => {
  it("keeps today's access until an admin restricts, then answers from the stored rows", async () => {
    expect(await canModule(staff, "clients", "delete")).toBe(false);
    expect(await canModule(manager, "clients", "delete")).toBe(true);
    expect(await canModule(staff, "constructor", "read")).toBe(false);
    expect(await canModule(null, "clients", "read")).toBe(false);
    expect(await readScopeKind(staff, "clients")).toBe("all");
    expect(await hiddenFields(staff, "clients")).toEqual(new Set());
    await restrict([{ role: "staff", key: "clients.scope", value: "own" }, { role: "staff", key: "field.immigration", value: "0" }]);
    expect(await readScopeKind(staff, "clients")).toBe("own");
    expect(await readScopeKind(manager, "clients")).toBe("all");
    expect(await hiddenFields(staff, "clients")).toEqual(new Set(["immigrationStatus", "uci"]));
  });

  it("saves the grid with one audited permission event per changed role and is read again at once", async () => {
    const next = applyRows(await accessMatrix(), [{ role: "staff", key: "clients.export", value: "0" }, { role: "staff", key: "field.birthDate", value: "0" }]);
    expect(await saveMatrix(next, admin, "10.0.0.1")).toBe(2);
    expect(await canModule(staff, "clients", "export")).toBe(false);
    const events = await getDb().auditLog.findMany({ where: { action: "permission", module: "permissions" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ userId: admin.id, recordId: "staff", ip: "10.0.0.1" });
    expect(JSON.parse(events[0].detail!).changes).toBe("clients.export: 1 → 0, field.birthDate: 1 → 0");
    expect(await saveMatrix(next, admin, null)).toBe(0);
    await getDb().auditLog.deleteMany({ where: { action: "permission" } });
  });
});

describe("record scope « own »", () => {
  it("lists, opens, edits and exports only the user's own records; others answer not found and stay unchanged", async () => {
    await restrict([{ role: "staff", key: "clients.scope", value: "own" }]);
    const model = MODULES.clients;
    expect((await model.list(list(), staff)).rows.map((r) => r.id)).toEqual([mine]);
    expect((await model.list(list(), manager)).rows.map((r) => r.id).sort()).toEqual([mine, theirs].sort());
    expect(await model.detail(theirs, staff)).toBeNull();
    currentUser.mockResolvedValue(staff);
    const before = await getDb().client.findUniqueOrThrow({ where: { id: theirs } });
    expect(await saveRecordField("clients", { id: theirs, version: before.version, field: "lastName", value: "Volé" })).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await getDb().client.findUniqueOrThrow({ where: { id: theirs } })).toMatchObject({ lastName: "Nowdlak", version: before.version });
    const csv = await exportGet(new Request("http://localhost/api/export/clients?lang=en&cols=lastName"), { params: Promise.resolve({ module: "clients" }) });
    expect(parseCsv((await csv.text()).replace(/^\uFEFF/, ""), ",").slice(1)).toEqual([["Kilabuk"]]);
  });

  it("counts a meeting's invited colleagues as its own", async () => {
    await restrict([{ role: "staff", key: "meetings.scope", value: "own" }]);
    const at = { status: "planned", startAt: "2026-12-01T10:00", endAt: "2026-12-01T11:00", relatedTo: { module: "clients", id: theirs } };
    const invited = await writeRecord(MODULES.meetings, { subject: "Atelier CV", ...at, assignedUserId: other.id, invitees: [staff.id] }, other);
    const alone = await writeRecord(MODULES.meetings, { subject: "Réunion privée", ...at, assignedUserId: other.id, invitees: [] }, other);
    const seen = (await MODULES.meetings.list(list({ sort: "createdAt", dir: "desc" }), staff)).rows.map((r) => r.id);
    expect(seen).toContain(invited.id);
    expect(seen).not.toContain(alone.id);
  });

  it("a module the role may not read has no records anywhere and refuses its actions", async () => {
    await restrict([{ role: "staff", key: "clients.read", value: "0" }]);
    expect((await MODULES.clients.list(list(), staff)).rows).toEqual([]);
    expect(await MODULES.clients.titles([mine], staff)).toEqual(new Map());
    currentUser.mockResolvedValue(staff);
    const count = await getDb().client.count();
    expect(await saveRecord("clients", { lastName: "Nouveau", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1" })).toMatchObject({ ok: true });
    expect(await getDb().client.count()).toBe(count + 1);
    await restrict([{ role: "staff", key: "clients.create", value: "0" }]);
    expect(await saveRecord("clients", { lastName: "Refusé", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1" })).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await getDb().client.count()).toBe(count + 1);
    await getDb().client.deleteMany({ where: { lastName: "Nouveau" } });
  });
});

describe("sensitive fields hidden from a role", () => {
  beforeEach(() => restrict([{ role: "staff", key: "field.immigration", value: "0" }, { role: "staff", key: "field.birthDate", value: "0" }]));

  it("are absent from the detail, the list, filters and sorts (a hand-typed criterion is ignored)", async () => {
    const model = MODULES.clients;
    const detail = (await model.detail(mine, staff))!;
    expect(Object.keys(detail.display)).not.toContain("immigrationStatus");
    expect(Object.keys(detail.editable.values)).not.toContain("birthDate");
    expect(detail.row).not.toHaveProperty("birthDate");
    const page = await model.list(list(), staff, [], 50, ["name", "birthDate", "immigrationStatus"]);
    expect(page.rows.every((r) => !("birthDate" in r.values) && !("immigrationStatus" in r.values))).toBe(true);
    // The criterion would leave only Aputi (refugee): ignored, both come back.
    const filtered = await model.list(list({ criteria: [{ field: "immigrationStatus", op: "in", values: ["refugee"] }] }), staff);
    expect(filtered.rows).toHaveLength(2);
    expect((await model.list(list({ criteria: [{ field: "immigrationStatus", op: "in", values: ["refugee"] }] }), manager)).rows.map((r) => r.id)).toEqual([mine]);
    // Sorting by date of birth would put Elisapi first; the list keeps its default order by name.
    const sorted = await model.list(list({ sort: "birthDate", dir: "asc" }), staff);
    expect(sorted.rows.map((r) => r.id)).toEqual([mine, theirs]);
  });

  it("are left out of exports, even when asked for by name", async () => {
    currentUser.mockResolvedValue(staff);
    const res = await exportGet(new Request("http://localhost/api/export/clients?lang=en&cols=lastName,birthDate,immigrationStatus"), { params: Promise.resolve({ module: "clients" }) });
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""), ",");
    expect(rows[0]).toEqual(["Last name"]);
  });

  it("are never cleared by the user's save and cannot be written by a hand-made request", async () => {
    currentUser.mockResolvedValue(staff);
    const { version } = await getDb().client.findUniqueOrThrow({ where: { id: mine } });
    const form = { id: mine, version, firstName: "Aputi", lastName: "Kilabuk-Ross", fileStatus: "open", clientStatus: "newcomer", assignedUserId: staff.id };
    expect(await saveRecord("clients", form)).toMatchObject({ ok: true });
    expect(await getDb().client.findUniqueOrThrow({ where: { id: mine } })).toMatchObject({ lastName: "Kilabuk-Ross", birthDate: "1990-04-02", immigrationStatus: "refugee" });
    expect(await saveRecord("clients", { ...form, version: version + 1, immigrationStatus: "citizen" })).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await saveRecordField("clients", { id: mine, version: version + 1, field: "birthDate", value: "2000-01-01" })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await getDb().client.findUniqueOrThrow({ where: { id: mine } })).toMatchObject({ birthDate: "1990-04-02", immigrationStatus: "refugee", version: version + 1 });
  });

  it("leave no value in a conflict answer", async () => {
    const { version } = await getDb().client.findUniqueOrThrow({ where: { id: theirs } });
    await writeRecord(MODULES.clients, { id: theirs, version, immigrationStatus: "refugee", city: "Iqaluit" }, manager);
    currentUser.mockResolvedValue(staff);
    const answer = await saveRecordField("clients", { id: theirs, version, field: "city", value: "Arviat" });
    expect(answer).toMatchObject({ ok: false, error: "records.conflict" });
    const extra = (answer as unknown as { extra: { changedFields: string[]; current: { values: Record<string, unknown> } } }).extra;
    expect(extra.changedFields).toEqual(["city"]);
    expect(extra.current.values).not.toHaveProperty("immigrationStatus");
  });
});

describe("conflict merge without scripts", () => {
  const post = (values: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(values)) form.append(k, v);
    return submitRecordForm("clients", { result: null, values: {} }, form).catch((e: { digest?: string }) => ({ redirect: String(e.digest) }));
  };

  it("shows the conflict, then saves the fields chosen one by one on top of the current version, losing nothing", async () => {
    const base = { fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1" };
    const { id } = await writeRecord(MODULES.clients, { ...base, firstName: "Jaani", lastName: "Ootoova", phone: "867-555-0101", city: "Pond Inlet" }, staff);
    // A colleague changes the phone and the city after the form was opened at version 1.
    await writeRecord(MODULES.clients, { id, version: 1, phone: "867-555-0202", city: "Iqaluit" }, other);
    currentUser.mockResolvedValue(staff);
    const typed = { id, version: "1", firstName: "Jaani", lastName: "Ootoova-Kunuk", phone: "867-555-0303", city: "Pond Inlet", fileStatus: "open", clientStatus: "newcomer" };
    const refused = (await post(typed)) as unknown as { result: { ok: boolean; error: string; extra: { changedFields: string[]; current: { version: number } } } };
    expect(refused.result).toMatchObject({ ok: false, error: "records.conflict" });
    expect(refused.result.extra.changedFields.sort()).toEqual(["city", "phone"]);
    expect(refused.result.extra.current.version).toBe(2);
    // Keep my phone, take their city; my surname (not in conflict) stays mine.
    const merged = await post({ ...typed, _merge: "1", _mergeVersion: "2", "_merge.phone": "mine", "_merge.city": "theirs" });
    expect(merged).toEqual({ redirect: expect.stringContaining(`/fr/clients/${id}`) });
    expect(await getDb().client.findUniqueOrThrow({ where: { id } })).toMatchObject({ lastName: "Ootoova-Kunuk", phone: "867-555-0303", city: "Iqaluit", version: 3 });
    // A merge made on a version that moved on again is a conflict, never an overwrite.
    await writeRecord(MODULES.clients, { id, version: 3, city: "Arctic Bay" }, other);
    const stale = (await post({ ...typed, _merge: "1", _mergeVersion: "3", "_merge.city": "mine" })) as unknown as { result: { error: string } };
    expect(stale.result.error).toBe("records.conflict");
    expect((await getDb().client.findUniqueOrThrow({ where: { id } })).city).toBe("Arctic Bay");
  });
});
