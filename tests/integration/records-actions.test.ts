/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { findRecordDuplicates, linkRecord, removeRecord, restoreRecordAction as restoreFromBin, saveRecord, saveRecordField } from "@/lib/records/actions";
import { toggleFavorite } from "@/lib/records/bookmark-actions";
import { MODULES } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";

// The shared actions, bound to a module as the record pages bind them.
const saveClient = (input: unknown) => saveRecord("clients", input);
const saveClientField = (input: unknown) => saveRecordField("clients", input);
const removeClient = (input: unknown) => removeRecord("clients", input);
const findClientDuplicates = (input: unknown) => findRecordDuplicates("clients", input);
const savePartner = (input: unknown) => saveRecord("partners", input);
const removePartner = (input: unknown) => removeRecord("partners", input);
const saveContact = (input: unknown) => saveRecord("contacts", input);
const clientQueries = MODULES.clients;

const getDb = setupTestDatabase();
// Tests create many people with one name: they confirm the duplicate warning the way the form does.
const client = (extra: Record<string, unknown> = {}) => ({ lastName: "Qaqqaq", firstName: "Aputi", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1", ...extra });

let staff: CurrentUser, manager: CurrentUser, admin: CurrentUser;
beforeAll(async () => {
  await ensureDefaultPicklists();
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin" }));
});

async function createClientAs(user: CurrentUser, values = client()) {
  currentUser.mockResolvedValue(user);
  const result = await saveClient(values);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

describe("access control: refused and nothing written", () => {
  it("refuses every record action without a session", async () => {
    const { id, version } = await createClientAs(staff);
    const partner = await getDb().partner.count();
    currentUser.mockResolvedValue(null);
    const denied = { ok: false, error: "errors.unauthenticated" };
    expect(await saveClient(client({ lastName: "Anonyme" }))).toEqual(denied);
    expect(await saveClientField({ id, version, field: "lastName", value: "Changé" })).toEqual(denied);
    expect(await removeClient({ id })).toEqual(denied);
    expect(await savePartner({ name: "Entreprise fantôme" })).toEqual(denied);
    expect(await toggleFavorite({ module: "clients", id })).toEqual(denied);
    expect(await findClientDuplicates({ lastName: "Qaqqaq" })).toEqual(denied);
    expect(await getDb().client.findUniqueOrThrow({ where: { id } })).toMatchObject({ lastName: "Qaqqaq", version: 1, deletedAt: null });
    expect(await getDb().partner.count()).toBe(partner);
    expect(await getDb().favorite.count()).toBe(0);
  });

  it("lets staff create and edit but not delete; managers delete; only admins restore", async () => {
    const { id } = await createClientAs(staff);
    currentUser.mockResolvedValue(staff);
    expect(await removeClient({ id })).toEqual({ ok: false, error: "errors.forbidden" });
    expect((await getDb().client.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();

    currentUser.mockResolvedValue(manager);
    expect(await removeClient({ id })).toEqual({ ok: true, data: { id } });
    expect((await getDb().client.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect(await restoreFromBin({ module: "clients", id })).toEqual({ ok: false, error: "errors.forbidden" });
    expect((await getDb().client.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();

    currentUser.mockResolvedValue(admin);
    expect(await restoreFromBin({ module: "clients", id })).toMatchObject({ ok: true });
    expect((await getDb().client.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    const actions = (await getDb().auditLog.findMany({ where: { recordId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["create", "delete", "restore"]);
  });

  it("treats a deleted record as not found for edits, stars and deletes", async () => {
    const { id, version } = await createClientAs(manager);
    currentUser.mockResolvedValue(manager);
    await removeClient({ id });
    expect(await saveClientField({ id, version, field: "lastName", value: "Revenant" })).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await toggleFavorite({ module: "clients", id })).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await removeClient({ id })).toMatchObject({ ok: false, error: "errors.notFound" });
  });
});

describe("input", () => {
  it("refuses unknown keys, over-long text, bad formats, and keeps nothing", async () => {
    currentUser.mockResolvedValue(staff);
    const before = await getDb().client.count();
    expect(await saveClient({ ...client(), isAdmin: "1" })).toMatchObject({ ok: false, fieldErrors: { _form: { key: "validation.unknownField" } } });
    const bad = await saveClient(client({ lastName: "x".repeat(256), email: "pas-un-courriel", phone: "appelez-moi", uci: "1234", birthDate: "2025-02-30", fileStatus: "lost" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        lastName: { key: "validation.tooLong", values: { max: 255 } },
        email: { key: "validation.email" },
        phone: { key: "validation.phone" },
        uci: { key: "validation.uci" },
        birthDate: { key: "validation.date" },
        fileStatus: { key: "validation.choice" },
      },
    });
    expect(await saveClient(client({ lastName: "" }))).toMatchObject({ ok: false, fieldErrors: { lastName: { key: "validation.required" } } });
    expect(await getDb().client.count()).toBe(before);
  });

  it("accepts accented and syllabic names and keeps markup as plain text", async () => {
    const { id } = await createClientAs(staff, client({ firstName: "ᐊᐳᑎ", lastName: "Côté-Tremblay <img src=x onerror=alert(1)>", uci: "1234 5678", languagesSpoken: ["iu", "fr"] }));
    const row = await getDb().client.findUniqueOrThrow({ where: { id } });
    expect(row.lastName).toBe("Côté-Tremblay <img src=x onerror=alert(1)>");
    expect(row.uci).toBe("12345678");
    expect(JSON.parse(row.languagesSpoken)).toEqual(["iu", "fr"]);
  });

  it("refuses a list value that does not exist and a link to a missing or deleted partner", async () => {
    currentUser.mockResolvedValue(staff);
    expect(await saveClient(client({ languagesSpoken: ["klingon"] }))).toMatchObject({ ok: false, fieldErrors: { languagesSpoken: { key: "validation.choice" } } });
    expect(await saveClient(client({ assignedUserId: "nobody" }))).toMatchObject({ ok: false, fieldErrors: { assignedUserId: { key: "records.badReference" } } });
    expect(await saveContact({ lastName: "Lien", partnerId: "does-not-exist" })).toMatchObject({ ok: false, fieldErrors: { partnerId: { key: "records.badReference" } } });
    const partner = await savePartner({ name: "Mine Agnico Test" });
    if (!partner.ok) throw new Error("partner");
    currentUser.mockResolvedValue(manager);
    await removePartner({ id: partner.data.id });
    currentUser.mockResolvedValue(staff);
    expect(await saveContact({ lastName: "Lien", partnerId: partner.data.id })).toMatchObject({ ok: false, fieldErrors: { partnerId: { key: "records.badReference" } } });
  });
});

describe("concurrent edits", () => {
  it("refuses a save based on an old version and says what changed, by whom", async () => {
    const { id } = await createClientAs(staff);
    currentUser.mockResolvedValue(manager);
    expect(await saveClientField({ id, version: 1, field: "city", value: "Iqaluit" })).toMatchObject({ ok: true, data: { version: 2 } });
    currentUser.mockResolvedValue(staff);
    const stale = await saveClient({ ...client({ city: "Rankin Inlet", phone: "867-979-0000" }), id, version: "1" });
    expect(stale).toMatchObject({ ok: false, error: "records.conflict", extra: { changedFields: ["city"], changedBy: manager.name } });
    expect((stale as unknown as { extra: { current: { version: number } } }).extra.current.version).toBe(2);
    const row = await getDb().client.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ city: "Iqaluit", phone: null, version: 2 });
    // Reviewing and saving again on the current version works.
    expect(await saveClient({ ...client({ city: "Rankin Inlet" }), id, version: "2" })).toMatchObject({ ok: true, data: { version: 3 } });
  });

  it("logs who changed which field, before and after", async () => {
    const { id } = await createClientAs(staff);
    currentUser.mockResolvedValue(staff);
    await saveClientField({ id, version: 1, field: "fileStatus", value: "onHold" });
    const entry = await getDb().auditLog.findFirstOrThrow({ where: { recordId: id, action: "update" } });
    expect(entry).toMatchObject({ field: "fileStatus", before: "open", after: "onHold", userName: staff.name, version: 2 });
  });
});

describe("duplicates and search", () => {
  it("warns about the same name in another order without accents, the same email, the same phone digits", async () => {
    await createClientAs(staff, client({ firstName: "Marie", lastName: "Côté-Tremblay", email: "marie.ct@exemple.test", phone: "(867) 979-1234" }));
    currentUser.mockResolvedValue(staff);
    const byName = await findClientDuplicates({ firstName: "tremblay", lastName: "marie cote" });
    expect(byName).toMatchObject({ ok: true, data: [expect.objectContaining({ title: "Marie Côté-Tremblay", reasons: ["name"] })] });
    const byEmail = await findClientDuplicates({ lastName: "Autre", email: "MARIE.CT@exemple.test" });
    expect(byEmail).toMatchObject({ ok: true, data: [expect.objectContaining({ reasons: ["email"], context: expect.objectContaining({ email: "marie.ct@exemple.test" }) })] });
    const byPhone = await findClientDuplicates({ lastName: "Autre", mobile: "+1 867 979 1234" });
    expect(byPhone).toMatchObject({ ok: true, data: [expect.objectContaining({ reasons: ["phone"] })] });
  });

  it("finds clients by the start of any word of the name, in any order, by email start and by phone start or end", async () => {
    await createClientAs(staff, client({ firstName: "Élise", lastName: "Nakoolak-Brûlé", email: "elise.nb@exemple.test", phone: "867-222-4455" }));
    const search = async (q: string) =>
      (await clientQueries.list({ q, sort: "name", dir: "asc", cursor: null, before: false, mine: false }, staff)).rows.map((r) => r.title);
    expect(await search("brule")).toContain("Élise Nakoolak-Brûlé");
    expect(await search("nak eli")).toContain("Élise Nakoolak-Brûlé");
    expect(await search("elise.nb@")).toContain("Élise Nakoolak-Brûlé");
    expect(await search("867222")).toContain("Élise Nakoolak-Brûlé");
    expect(await search("4455")).toContain("Élise Nakoolak-Brûlé");
    expect(await search("zzz")).toEqual([]);
  });

  it("« Mes éléments » keeps only the records assigned to me", async () => {
    await createClientAs(staff, client({ lastName: "Assignée", assignedUserId: staff.id }));
    await createClientAs(staff, client({ lastName: "Assignée", assignedUserId: manager.id }));
    const mine = await clientQueries.list({ q: "assignee", sort: "name", dir: "asc", cursor: null, before: false, mine: true }, staff);
    expect(mine.rows).toHaveLength(1);
    expect(mine.count).toBe(1);
  });
});

describe("hostile input corpus", () => {
  it("stores every accepted name exactly and finds it again by its words", async () => {
    const { ACCEPTED_NAMES } = await import("@/tests/fixtures/hostile-inputs");
    for (const name of ACCEPTED_NAMES) {
      const { id } = await createClientAs(staff, client({ lastName: name }));
      expect((await getDb().client.findUniqueOrThrow({ where: { id } })).lastName).toBe(name);
    }
    const found = await clientQueries.list({ q: "ᐊᐳᑎ", sort: "name", dir: "asc", cursor: null, before: false, mine: false }, staff);
    expect(found.rows.map((r) => r.values.name)).toContain("Aputi ᐊᐳᑎ ᖁᓪᓗᐊᖅ");
  });

  it("refuses the over-long and blank ones with a message on the field, writing nothing", async () => {
    const { REFUSED_NAMES } = await import("@/tests/fixtures/hostile-inputs");
    currentUser.mockResolvedValue(staff);
    const before = await getDb().client.count();
    for (const { value, key } of REFUSED_NAMES) {
      expect(await saveClient(client({ lastName: value }))).toMatchObject({ ok: false, fieldErrors: { lastName: { key } } });
    }
    expect(await getDb().client.count()).toBe(before);
  });
});

describe("the registry's shared actions", () => {
  it("answer 'not found' for a module name that is not a registered key, writing nothing", async () => {
    currentUser.mockResolvedValue(admin);
    const before = await getDb().client.count();
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "Clients", ""]) {
      expect(await saveRecord(name, client())).toEqual({ ok: false, error: "errors.notFound" });
      expect(await removeRecord(name, { id: "x" })).toEqual({ ok: false, error: "errors.notFound" });
    }
    expect(await restoreFromBin({ module: "constructor", id: "x" })).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await getDb().client.count()).toBe(before);
  });

  it("asks once before creating a likely duplicate, even when the form's own check had not answered", async () => {
    await createClientAs(staff, client({ firstName: "Siila", lastName: "Arnakaq", email: "siila@exemple.test" }));
    currentUser.mockResolvedValue(staff);
    const { confirmDuplicates: _c, ...typed } = client({ firstName: "siila", lastName: "ARNAKAQ" });
    const before = await getDb().client.count();
    const refused = await saveClient(typed);
    expect(refused).toMatchObject({ ok: false, error: "records.duplicates", extra: { duplicates: [expect.objectContaining({ title: "Siila Arnakaq", reasons: ["name"] })] } });
    expect(await getDb().client.count()).toBe(before);
    expect(await saveClient({ ...typed, confirmDuplicates: "1" })).toMatchObject({ ok: true });
    expect(await getDb().client.count()).toBe(before + 1);
  });

  it("keeps a contact's partner after the partner went to the recycle bin, and shows it as deleted", async () => {
    currentUser.mockResolvedValue(staff);
    const partner = await savePartner({ name: "Coopérative Test Sanikiluaq" });
    if (!partner.ok) throw new Error("partner");
    const contact = await saveContact({ lastName: "Lien", partnerId: partner.data.id });
    if (!contact.ok) throw new Error(JSON.stringify(contact));
    currentUser.mockResolvedValue(manager);
    await removePartner({ id: partner.data.id });
    currentUser.mockResolvedValue(staff);
    const saved = await saveContact({ id: contact.data.id, version: "1", lastName: "Lien-Modifié", partnerId: partner.data.id });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const detail = await MODULES.contacts.detail(contact.data.id, staff);
    expect(detail?.display.partnerId).toMatchObject({ id: partner.data.id, label: "Coopérative Test Sanikiluaq", deleted: true });
  });

  it("keeps sort keys of related names and labels, and rewrites them when the name changes", async () => {
    currentUser.mockResolvedValue(staff);
    const partner = await savePartner({ name: "Zèbre Construction", type: "company" });
    if (!partner.ok) throw new Error("partner");
    const contact = await saveContact({ lastName: "Tri", partnerId: partner.data.id, assignedUserId: manager.id });
    if (!contact.ok) throw new Error("contact");
    const row = await getDb().contact.findUniqueOrThrow({ where: { id: contact.data.id } });
    expect(row).toMatchObject({ partnerSort: "zebre construction", assignedSort: manager.name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""), createdBySort: expect.any(String) });
    expect(await getDb().partner.findUniqueOrThrow({ where: { id: partner.data.id } })).toMatchObject({ typeFr: "entreprise", typeEn: "company" });
    await savePartner({ id: partner.data.id, version: "1", name: "Aigle Construction", type: "company" });
    expect(await getDb().contact.findUniqueOrThrow({ where: { id: contact.data.id } })).toMatchObject({ partnerSort: "aigle construction" });
  });
});

describe("subpanel links", () => {
  it("links an existing contact to a partner and unlinks it, through the same save flow", async () => {
    currentUser.mockResolvedValue(staff);
    const partner = await savePartner({ name: "Pourvoirie Test Kimmirut" });
    const contact = await saveContact({ lastName: "Sans-Lien" });
    if (!partner.ok || !contact.ok) throw new Error("setup");
    expect(await linkRecord("contacts", { id: contact.data.id, via: "partnerId", parentId: partner.data.id })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await getDb().contact.findUniqueOrThrow({ where: { id: contact.data.id } })).toMatchObject({ partnerId: partner.data.id, partnerSort: "pourvoirie test kimmirut" });
    expect(await linkRecord("contacts", { id: contact.data.id, via: "partnerId", parentId: null })).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await getDb().contact.findUniqueOrThrow({ where: { id: contact.data.id } })).partnerId).toBeNull();
    const history = await getDb().auditLog.findMany({ where: { recordId: contact.data.id, field: "partnerId" } });
    expect(history).toHaveLength(2);
  });

  it("refuses a link no subpanel declares, a missing parent, and callers without a session", async () => {
    currentUser.mockResolvedValue(staff);
    const contact = await saveContact({ lastName: "Refus" });
    if (!contact.ok) throw new Error("setup");
    expect(await linkRecord("contacts", { id: contact.data.id, via: "assignedUserId", parentId: manager.id })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await linkRecord("contacts", { id: contact.data.id, via: "partnerId", parentId: "nope" })).toMatchObject({ ok: false, fieldErrors: { partnerId: { key: "records.badReference" } } });
    expect(await linkRecord("constructor", { id: contact.data.id, via: "partnerId", parentId: null })).toEqual({ ok: false, error: "errors.notFound" });
    currentUser.mockResolvedValue(null);
    expect(await linkRecord("contacts", { id: contact.data.id, via: "partnerId", parentId: null })).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect((await getDb().contact.findUniqueOrThrow({ where: { id: contact.data.id } })).version).toBe(1);
  });
});
