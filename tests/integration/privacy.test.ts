/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import { parseCsv } from "@/tests/helpers/csv";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/headers", () => ({ headers: async () => new Headers() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
jest.mock("@/lib/files/store", () => {
  const { LocalFileStore } = jest.requireActual("@/lib/files/local-store");
  const store = new LocalFileStore(`${jest.requireActual("node:os").tmpdir()}/crm-privacy-${process.pid}-${Date.now()}`);
  return { fileStore: () => store };
});

import { GET as exportRoute } from "@/app/api/export/[module]/route";
import { GET as dossierRoute } from "@/app/api/privacy/dossier/[clientId]/route";
import { fileStore } from "@/lib/files/store";
import { storeFile } from "@/lib/files/stored-files";
import { kioskSchema } from "@/lib/kiosk/schema";
import { registerVisit } from "@/lib/kiosk/register";
import { fileNumberPrefix } from "@/lib/modules/sae/file-number";
import { clientsModel } from "@/lib/modules/clients/model";
import { removeRecord, saveRecord } from "@/lib/records/actions";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { clientDossier, DOSSIER_PARTS } from "@/lib/privacy/access-export";
import { createAccessRequest, setAccessRequestStatus } from "@/lib/privacy/access-request-actions";
import { dueOn, isOverdue } from "@/lib/privacy/access-requests";
import { consentingClients, hasConsent } from "@/lib/privacy/consent";
import { recordConsent, withdrawConsent } from "@/lib/privacy/consent-actions";
import { funderExportCounts } from "@/lib/privacy/funder-export";
import { purgeExpiredBin } from "@/lib/privacy/purge";
import { inactiveClients, inactiveCutoff } from "@/lib/privacy/retention";
import { legalHoldAction, retentionAction } from "@/lib/privacy/retention-actions";
import { emptyRecycleBin } from "@/lib/privacy/settings-actions";
import { listStateOf } from "@/lib/list-tools/query";
import { anonymisedAt, maskedByAnonymisation } from "@/lib/audit/anonymised";

const getDb = setupTestDatabase();
let staff: CurrentUser, admin: CurrentUser;
const ok = <T,>(r: { ok: boolean; data?: T }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as T;
};
const parent = (module: string, id: string) => JSON.stringify({ module, id });
const PDF = new TextEncoder().encode("%PDF-1.4\n% invented test file\n");
const DAY = 86_400_000;

async function as<T>(user: CurrentUser | null, run: () => Promise<T>): Promise<T> {
  currentUser.mockResolvedValue(user);
  return run();
}
const newClient = (firstName: string, lastName: string, extra: Record<string, unknown> = {}) =>
  as(staff, async () => ok<{ id: string }>(await saveRecord("clients", { firstName, lastName, fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1", ...extra })).id);
const consent = (clientId: string, purpose: string) => as(staff, async () => ok(await recordConsent({ clientId, purpose, noticeVersion: "2026-11", language: "fr", method: "inPerson", givenOn: "2026-11-20" })));

/** A CV with a stored file: the bytes in the store and a StoredFile row owned by the CV. */
async function cvWithFile(clientId: string) {
  const cvId = await as(staff, async () => ok<{ id: string }>(await saveRecord("cvs", { title: "CV", clientId, cvDate: "2026-01-10" })).id);
  const file = await storeFile({ bytes: PDF, name: "cv.pdf", mime: "application/pdf", module: "cvs", recordId: cvId, user: staff });
  return { cvId, file };
}
/** Ages a client and everything of theirs past the inactivity period (the database sets updatedAt on writes). */
async function age(clientId: string, days: number) {
  const at = new Date(Date.now() - days * DAY);
  const db = getDb();
  await db.client.updateMany({ where: { id: clientId }, data: { updatedAt: at } });
  for (const table of [db.cv, db.note, db.document, db.service, db.programParticipation, db.call] as unknown as { updateMany(a: object): Promise<unknown> }[]) {
    await table.updateMany({ where: { clientId }, data: { updatedAt: at } });
  }
}

beforeAll(async () => {
  await ensureDefaultPicklists();
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Agente Vie Privée" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin", name: "Admin Vie Privée" }));
});

describe("recycle-bin purge", () => {
  it("erases records binned longer than the retention period with their files, audits each one, and keeps legal holds and recent ones", async () => {
    const old = await newClient("Ancien", "Corbeille");
    const { cvId, file } = await cvWithFile(old);
    const held = await newClient("Gardé", "Conservation");
    const recent = await newClient("Récent", "Corbeille");
    for (const id of [old, held, recent]) ok(await as(admin, () => removeRecord("clients", { id })));
    await as(admin, async () => ok(await legalHoldAction({ clientId: held, hold: "yes" })));
    await getDb().client.updateMany({ where: { id: { in: [old, held] } }, data: { deletedAt: new Date(Date.now() - 100 * DAY) } });
    expect(await fileStore().exists(file.storageKey)).toBe(true);

    const result = await purgeExpiredBin();
    expect(result.records).toBeGreaterThanOrEqual(2);
    expect(await getDb().client.findUnique({ where: { id: old } })).toBeNull();
    expect(await getDb().cv.findUnique({ where: { id: cvId } })).toBeNull();
    expect(await getDb().storedFile.count({ where: { id: file.id } })).toBe(0);
    expect(await fileStore().exists(file.storageKey)).toBe(false);
    expect(await getDb().searchToken.count({ where: { recordId: old } })).toBe(0);
    expect(await getDb().auditLog.findFirst({ where: { action: "purge", recordId: old } })).toMatchObject({ module: "clients", userId: null });
    expect(await getDb().client.findUnique({ where: { id: held } })).not.toBeNull();
    expect(await getDb().client.findUnique({ where: { id: recent } })).not.toBeNull();

    // « Vider maintenant »: admins only; everything binned goes, the legal hold still stays.
    expect(await as(staff, () => emptyRecycleBin({ confirm: "yes" }))).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await as(admin, () => emptyRecycleBin({}))).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(ok(await as(admin, () => emptyRecycleBin({ confirm: "yes" })))).toMatchObject({ records: expect.any(Number) });
    expect(await getDb().client.findUnique({ where: { id: recent } })).toBeNull();
    expect(await getDb().client.findUnique({ where: { id: held } })).not.toBeNull();
    expect(await getDb().auditLog.findFirst({ where: { action: "purge", recordId: recent } })).toMatchObject({ userId: admin.id, detail: expect.stringContaining('"manual"') });
  });
});

describe("consents", () => {
  it("records and withdraws a consent by purpose, audited, in the user's scope only, with a strict schema", async () => {
    const id = await newClient("Nuvija", "Consentement");
    expect(await hasConsent(id, "followUp")).toBe(false);
    const { id: consentId } = await consent(id, "followUp");
    expect(await hasConsent(id, "followUp")).toBe(true);
    expect(await hasConsent(id, "funderSharing")).toBe(false);
    expect(await getDb().clientConsent.findUniqueOrThrow({ where: { id: consentId } })).toMatchObject({ recordedBy: staff.name, method: "inPerson", noticeVersion: "2026-11" });
    expect(await getDb().auditLog.findFirst({ where: { action: "consentGiven", recordId: id } })).toMatchObject({ userId: staff.id });

    ok(await as(staff, () => withdrawConsent({ clientId: id, consentId, withdrawnOn: "2026-11-25" })));
    expect(await hasConsent(id, "followUp")).toBe(false);
    expect(await getDb().clientConsent.findUniqueOrThrow({ where: { id: consentId } })).toMatchObject({ withdrawnOn: "2026-11-25", withdrawnBy: staff.name });
    expect(await as(staff, () => withdrawConsent({ clientId: id, consentId, withdrawnOn: "2026-11-26" }))).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await getDb().auditLog.count({ where: { action: "consentWithdrawn", recordId: id } })).toBe(1);

    const base = { clientId: id, purpose: "followUp", noticeVersion: "v1", language: "fr", method: "paper", givenOn: "2026-11-20" };
    expect(await as(staff, () => recordConsent({ ...base, purpose: "marketing" }))).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await as(staff, () => recordConsent({ ...base, recordedBy: "quelqu'un" }))).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await as(staff, () => recordConsent({ ...base, givenOn: "2026-02-31x" }))).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await as(staff, () => recordConsent({ ...base, clientId: "nope" }))).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await as(null, () => recordConsent(base))).toMatchObject({ ok: false, error: "errors.unauthenticated" });
    expect(await getDb().clientConsent.count({ where: { clientId: id } })).toBe(1);
  });

  it("records one « service delivery » consent by kiosk when a visitor accepts the notice, not one per visit", async () => {
    const visitor = { firstName: "Lucassie", lastName: "Borne", email: "lucassie.borne@exemple.test", phone: "", language: "en", reason: "emploi", comment: "", consent: "yes", locale: "en", website: "" };
    expect(await registerVisit(kioskSchema.parse({ ...visitor, idempotencyKey: crypto.randomUUID() }))).toBe("recorded");
    expect(await registerVisit(kioskSchema.parse({ ...visitor, idempotencyKey: crypto.randomUUID() }))).toBe("recorded");
    const client = await getDb().client.findFirstOrThrow({ where: { lastName: "Borne" } });
    const rows = await getDb().clientConsent.findMany({ where: { clientId: client.id } });
    expect(rows).toEqual([expect.objectContaining({ purpose: "serviceDelivery", method: "kiosk", language: "en", withdrawnAt: null })]);
    expect(await hasConsent(client.id, "serviceDelivery")).toBe(true);
  });

  it("the funder export leaves out clients without a live funder-sharing consent, says how many, and audits it", async () => {
    const yes = await newClient("Oui", "Bailleurfonds");
    const no = await newClient("Non", "Bailleurfonds");
    const withdrawn = await newClient("Retiré", "Bailleurfonds");
    await consent(yes, "funderSharing");
    const { id: gone } = await consent(withdrawn, "funderSharing");
    await as(staff, () => withdrawConsent({ clientId: withdrawn, consentId: gone, withdrawnOn: "2026-11-26" }));
    expect(await consentingClients([yes, no, withdrawn], "funderSharing")).toEqual(new Set([yes]));

    const query = "q=Bailleurfonds";
    expect(await funderExportCounts(listStateOf(clientsModel.def, query), staff)).toEqual({ kept: 1, leftOut: 2, capped: false });
    currentUser.mockResolvedValue(staff);
    const res = await exportRoute(new Request(`http://localhost/api/export/clients?${query}&purpose=funder&lang=fr&cols=firstName,lastName`), { params: Promise.resolve({ module: "clients" }) });
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""), ";");
    expect(rows.slice(1)).toEqual([["Oui", "Bailleurfonds"]]);
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "export", userId: staff.id }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(audit.detail!)).toMatchObject({ purpose: "funderSharing", leftOut: 2, rows: 1 });
    // Only the clients module has a funder export; an unknown purpose is refused.
    expect((await exportRoute(new Request("http://localhost/api/export/partners?purpose=funder"), { params: Promise.resolve({ module: "partners" }) })).status).toBe(400);
    expect((await exportRoute(new Request("http://localhost/api/export/clients?purpose=all"), { params: Promise.resolve({ module: "clients" }) })).status).toBe(400);
  });
});

describe("access requests", () => {
  it("exports every section of a seeded client, as data and as a JSON download for admins only, audited", async () => {
    const id = await newClient("Akinisie", "Dossier", { email: "akinisie@exemple.test", preferredLanguage: "en" });
    await as(staff, async () => {
      ok(await saveRecord("calls", { subject: "Appel de suivi", direction: "outbound", status: "planned", startAt: "2026-12-01T13:00", duration: "15", relatedTo: parent("clients", id) }));
      ok(await saveRecord("meetings", { subject: "Rencontre emploi", status: "planned", startAt: "2026-12-02T10:00", relatedTo: parent("clients", id) }));
      ok(await saveRecord("tasks", { subject: "Préparer le CV", status: "inProgress", relatedTo: parent("clients", id) }));
      ok(await saveRecord("notes", { subject: "Première rencontre", text: "Cherche un emploi à Iqaluit", parent: parent("clients", id) }));
      const doc = ok<{ id: string }>(await saveRecord("documents", { name: "Lettre d'offre", parent: parent("clients", id) }));
      await getDb().documentVersion.create({ data: { documentId: doc.id, number: 1, fileId: "f1", fileName: "offre.pdf", size: 10 } });
      ok(await saveRecord("programs", { relatedTo: parent("clients", id), program: "francisation", status: "active" }));
      ok(await saveRecord("services", { relatedTo: parent("clients", id), serviceName: "atelier-cv", startDate: "2026-10-01" }));
      ok(await saveRecord("sae", { fileNumber: `${fileNumberPrefix()}0901`, clientId: id, status: "open" }));
      ok(await saveRecord("cvs", { title: "CV 2026", clientId: id, cvDate: "2026-01-10" }));
    });
    await consent(id, "serviceDelivery");
    await getDb().visit.create({ data: { clientId: id, reason: "emploi", language: "fr", idempotencyKey: crypto.randomUUID(), comment: "Question sur un CV" } });

    const dossier = (await clientDossier(id, admin, "en"))!;
    expect(dossier.client.fields).toEqual(expect.arrayContaining([expect.objectContaining({ name: "email", value: "akinisie@exemple.test" })]));
    const present = ["profile", ...dossier.sections.filter((s) => s.records.length > 0).map((s) => s.module), dossier.consents.length ? "consents" : "", dossier.visits.length ? "visits" : "", dossier.audit.length ? "audit" : ""];
    expect(present.filter(Boolean).sort()).toEqual([...DOSSIER_PARTS].sort());
    expect(dossier.documentVersions).toEqual([expect.objectContaining({ fileName: "offre.pdf" })]);
    expect(dossier.audit.some((a) => a.module === "notes")).toBe(true);

    currentUser.mockResolvedValue(staff);
    expect((await dossierRoute(new Request(`http://localhost/api/privacy/dossier/${id}`), { params: Promise.resolve({ clientId: id }) })).status).toBe(403);
    currentUser.mockResolvedValue(admin);
    const res = await dossierRoute(new Request(`http://localhost/api/privacy/dossier/${id}`), { params: Promise.resolve({ clientId: id }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="access-request-/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ language: "en", client: { id } });
    expect((await dossierRoute(new Request("http://localhost/api/privacy/dossier/nope"), { params: Promise.resolve({ clientId: "nope" }) })).status).toBe(404);
    expect(await getDb().auditLog.findFirst({ where: { action: "accessExport", recordId: id } })).toMatchObject({ userId: admin.id });
  });

  it("registers a request with its 30-day due date, flags it overdue, and marks it done", async () => {
    const id = await newClient("Registre", "Demande");
    expect(await as(staff, () => createAccessRequest({ clientId: id, receivedOn: "2026-10-01" }))).toMatchObject({ ok: false, error: "errors.forbidden" });
    const { id: requestId } = ok<{ id: string }>(await as(admin, () => createAccessRequest({ clientId: id, receivedOn: "2026-10-01" })));
    const row = await getDb().accessRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(row).toMatchObject({ clientName: "Registre Demande", dueOn: "2026-10-31", status: "open", handledBy: admin.name });
    expect(dueOn("2026-02-01")).toBe("2026-03-03");
    expect(isOverdue(row, "2026-11-01")).toBe(true);
    expect(isOverdue(row, "2026-10-31")).toBe(false);
    ok(await as(admin, () => setAccessRequestStatus({ id: requestId, status: "done" })));
    expect(isOverdue(await getDb().accessRequest.findUniqueOrThrow({ where: { id: requestId } }), "2027-01-01")).toBe(false);
    expect(await getDb().auditLog.count({ where: { action: "accessRequest", recordId: id } })).toBe(2);
  });
});

describe("retention", () => {
  it("lists inactive clients only (no recent record, no recent visit, no legal hold), then anonymises and deletes them with their files", async () => {
    const idle = await newClient("Inactive", "Retention", { email: "idle@exemple.test", phone: "867 555 0101", birthDate: "1980-05-05" });
    const { cvId, file } = await cvWithFile(idle);
    const noteId = await as(staff, async () => ok<{ id: string }>(await saveRecord("notes", { subject: "Histoire personnelle", text: "Détails privés", parent: parent("clients", idle) })).id);
    const serviceId = await as(staff, async () => ok<{ id: string }>(await saveRecord("services", { relatedTo: parent("clients", idle), serviceName: "atelier-cv", startDate: "2019-10-01", note: "Nom du conjoint" })).id);
    const gone = await newClient("Supprimee", "Retention");
    const gonesCv = await cvWithFile(gone);
    const busy = await newClient("Active", "Retention");
    await as(staff, () => saveRecord("calls", { subject: "Appel récent", direction: "outbound", status: "held", startAt: "2026-11-01T13:00", duration: "15", relatedTo: parent("clients", busy) }));
    const visited = await newClient("Visite", "Retention");
    const held = await newClient("Tenu", "Retention");
    await as(admin, () => legalHoldAction({ clientId: held, hold: "yes" }));
    for (const id of [idle, gone, busy, visited, held]) await age(id, 3000);
    await getDb().call.updateMany({ where: { clientId: busy }, data: { updatedAt: new Date() } });
    await getDb().visit.create({ data: { clientId: visited, reason: "emploi", language: "fr", idempotencyKey: crypto.randomUUID() } });

    const cutoff = inactiveCutoff(84);
    const listed = (await inactiveClients(cutoff, { take: 500 })).rows.map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining([idle, gone]));
    for (const id of [busy, visited, held]) expect(listed).not.toContain(id);
    // Paged: two at a time reaches the same clients.
    const first = await inactiveClients(cutoff, { take: 1 });
    expect(first.rows).toHaveLength(1);
    expect((await inactiveClients(cutoff, { take: 500, after: first.next })).rows.map((r) => r.id)).not.toContain(first.rows[0].id);

    expect(await as(staff, () => retentionAction({ clientId: idle, op: "anonymise" }))).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(await as(admin, () => retentionAction({ clientId: held, op: "erase" }))).toMatchObject({ ok: false, error: "privacy.legalHoldRefused" });
    ok(await as(admin, () => retentionAction({ clientId: idle, op: "anonymise" })));
    const anon = await getDb().client.findUniqueOrThrow({ where: { id: idle } });
    expect(anon).toMatchObject({ firstName: "", email: null, phone: null, birthDate: null, fileStatus: "open", clientStatus: "newcomer" });
    expect(anon.lastName).toMatch(/^Anonyme [A-Z0-9]{6}$/);
    expect(await getDb().searchToken.count({ where: { recordId: idle, token: { startsWith: "inactive" } } })).toBe(0);
    expect(await getDb().cv.findUnique({ where: { id: cvId } })).toBeNull();
    expect(await getDb().note.findUnique({ where: { id: noteId } })).toBeNull();
    expect(await fileStore().exists(file.storageKey)).toBe(false);
    expect(await getDb().service.findUniqueOrThrow({ where: { id: serviceId } })).toMatchObject({ note: null, participant: anon.lastName, serviceName: "atelier-cv" });
    expect(await getDb().auditLog.findFirst({ where: { action: "anonymise", recordId: idle } })).toMatchObject({ userId: admin.id });
    // The log keeps the old name (it is never rewritten); the screens mask every value logged up to the anonymisation.
    const anonymised = await anonymisedAt("clients", [idle, held]);
    expect([...anonymised.keys()]).toEqual([idle]);
    const before = await getDb().auditLog.findFirstOrThrow({ where: { recordId: idle, action: "create" } });
    expect(maskedByAnonymisation(anonymised, idle, before.createdAt)).toBe(true);
    expect(maskedByAnonymisation(anonymised, idle, new Date(Date.now() + DAY))).toBe(false);
    expect(maskedByAnonymisation(anonymised, held, before.createdAt)).toBe(false);

    ok(await as(admin, () => retentionAction({ clientId: gone, op: "erase" })));
    expect(await getDb().client.findUnique({ where: { id: gone } })).toBeNull();
    expect(await getDb().cv.findUnique({ where: { id: gonesCv.cvId } })).toBeNull();
    expect(await fileStore().exists(gonesCv.file.storageKey)).toBe(false);
    expect(await getDb().auditLog.findFirst({ where: { action: "erase", recordId: gone } })).toMatchObject({ userId: admin.id });
    expect(await getDb().client.findUnique({ where: { id: held } })).toMatchObject({ legalHold: true, lastName: "Retention" });
  });
});
