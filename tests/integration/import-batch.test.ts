/** @jest-environment node */
// The import's batched writes (lib/records/batch-save.ts, bulk-insert.ts) against a form save: the same row,
// search tokens and change log; a refused line in the middle of a batch; two copies of one person in one batch;
// undo of a run of several batches; the quick search finding what was imported.
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { createImportJob } from "@/lib/import/create";
import { BATCH, work, type Mode } from "@/lib/import/runner";
import { saveRecord } from "@/lib/records/service";
import { MODULES } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { suiteCrmClients, suiteCrmPerson } from "@/tests/fixtures/import/suitecrm";

const getDb = setupTestDatabase();
const SLOW = 180_000;

let manager: CurrentUser;
beforeAll(async () => {
  await ensureDefaultPicklists();
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager", name: "Gestionnaire Lots" }));
});

async function importJob(csv: string, choices: { mapping?: (string | null)[]; policy?: string; valueMap?: object } = {}) {
  const { id } = await createImportJob(manager, "clients", "clients.csv", new Uint8Array(Buffer.from(csv, "utf8")));
  await getDb().importJob.update({
    where: { id },
    data: { policy: choices.policy ?? "skip", valueMap: JSON.stringify(choices.valueMap ?? {}), ...(choices.mapping ? { mapping: JSON.stringify(choices.mapping) } : {}) },
  });
  return id;
}

async function pass(jobId: string, mode: Mode) {
  await getDb().importJob.update({ where: { id: jobId }, data: { mode, status: "running", processed: 0, claimedAt: null } });
  await work(jobId);
  return getDb().importJob.findUniqueOrThrow({ where: { id: jobId } });
}

const items = (jobId: string, dry: boolean) => getDb().importItem.findMany({ where: { jobId, dry }, orderBy: { line: "asc" } });
const tokensOf = async (recordId: string) => (await getDb().searchToken.findMany({ where: { recordId }, select: { module: true, token: true } })).map((t) => `${t.module} ${t.token}`).sort();
const historyOf = (recordId: string) => getDb().auditLog.findMany({ where: { recordId }, select: { module: true, userId: true, userName: true, action: true, field: true, before: true, after: true, version: true } });

describe("a batch writes what a form save writes", () => {
  it("row, derived and sort keys, search tokens and the « create » history row", async () => {
    const values = { firstName: "Siobhán", lastName: "Nørgaard-Côté", email: "Siobhan.N@Exemple.test", phone: "(867) 555-0142", city: "Iqaluit", educationLevel: "college", fileStatus: "open", clientStatus: "newcomer", description: "Arrivée en 2019.\nSuivi « emploi »." };
    const formSaved = await saveRecord(MODULES.clients, MODULES.clients.inputSchema.parse(values) as Record<string, unknown>, manager);
    const csv = `Prénom;Nom;Courriel;Téléphone;Ville;Scolarité;Statut du dossier;Statut;Description\n${[values.firstName, values.lastName, values.email, values.phone, values.city, values.educationLevel, values.fileStatus, values.clientStatus, `"${values.description}"`].join(";")}\n`;
    const jobId = await importJob(csv, { policy: "create", mapping: ["firstName", "lastName", "email", "phone", "city", "educationLevel", "fileStatus", "clientStatus", "description"] });
    expect(JSON.parse((await pass(jobId, "run")).counts)).toMatchObject({ created: 1 });
    const importedId = (await items(jobId, false))[0].recordId!;

    const [form, imported] = await Promise.all([formSaved.id, importedId].map((id) => getDb().client.findUniqueOrThrow({ where: { id } })));
    const own = ["id", "createdAt", "updatedAt"];
    const rest = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !own.includes(k)));
    expect(rest(imported)).toEqual(rest(form));
    expect(imported.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(imported.createdAt.getTime() - Date.now())).toBeLessThan(120_000);
    expect(imported.updatedAt.getTime()).toBe(imported.createdAt.getTime());
    expect(imported.id).toMatch(/^c[0-9a-z]{24}$/);

    expect(await tokensOf(importedId)).toEqual(await tokensOf(form.id));
    expect((await tokensOf(importedId)).length).toBeGreaterThan(3);
    expect(await historyOf(importedId)).toEqual(await historyOf(form.id));
  }, SLOW);
});

describe("a line refused by its references in the middle of a batch", () => {
  it("is refused with its reason; the lines around it are written", async () => {
    const csv = "Prénom;Nom;Scolarité\nAmaruq;Tulugaq;college\nNaïma;Tulugaq;secondary\nTomás;Tulugaq;astrologie\nZoé;Tulugaq;master\nKénan;Tulugaq;\n";
    const jobId = await importJob(csv, { mapping: ["firstName", "lastName", "educationLevel"], valueMap: {} });
    const done = await pass(jobId, "run");
    expect(JSON.parse(done.counts)).toMatchObject({ created: 4, refused: 1 });
    const outcomes = await items(jobId, false);
    expect(outcomes.map((o) => o.outcome)).toEqual(["created", "created", "refused", "created", "created"]);
    expect(JSON.parse(outcomes[2].reason!)).toEqual([{ k: "validation.choice", f: "educationLevel" }]);
    const clients = await getDb().client.findMany({ where: { lastName: "Tulugaq" }, orderBy: { firstName: "asc" } });
    expect(clients.map((c) => c.firstName)).toEqual(["Amaruq", "Kénan", "Naïma", "Zoé"]);
    expect(clients.map((c) => c.id).sort()).toEqual(outcomes.filter((o) => o.recordId).map((o) => o.recordId).sort());
    expect(await getDb().auditLog.count({ where: { recordId: { in: clients.map((c) => c.id) }, action: "create" } })).toBe(4);
    for (const c of clients) expect(await getDb().searchToken.count({ where: { recordId: c.id, token: "w:tulugaq" } })).toBe(1);
  }, SLOW);
});

describe("two copies of one person in the same batch, without an old id", () => {
  // Lines 2 and 4 share a name, lines 3 and 5 an e-mail.
  const csv = "Prénom;Nom;Courriel\nAputi;Akeeagok;aputi.a@exemple.test\nMélodie;Arnaquq;melodie@exemple.test\nAputi;Akeeagok;autre.aputi@exemple.test\nMélodie-Anne;Arnaquq-Kilabuk;melodie@exemple.test\n";

  it("skip: the dry run and the run both skip the second copy; one record each", async () => {
    const jobId = await importJob(csv, { policy: "skip" });
    const dry = await pass(jobId, "dry");
    expect(JSON.parse(dry.dryCounts!)).toMatchObject({ created: 2, skipped: 2 });
    expect(JSON.parse((await items(jobId, true))[2].reason!)).toEqual([{ k: "import.reasons.duplicate", v: "Aputi Akeeagok" }]);
    const done = await pass(jobId, "run");
    expect(JSON.parse(done.counts)).toMatchObject({ created: 2, skipped: 2 });
    const [aputi, melodie, aputi2, melodie2] = await items(jobId, false);
    expect(aputi2).toMatchObject({ outcome: "skipped", recordId: aputi.recordId });
    expect(melodie2).toMatchObject({ outcome: "skipped", recordId: melodie.recordId });
    expect(await getDb().client.count({ where: { lastName: { in: ["Akeeagok", "Arnaquq", "Arnaquq-Kilabuk"] } } })).toBe(2);
    expect(done.processed).toBe(4);
  }, SLOW);

  it("update: the second copy updates the record the first created", async () => {
    const other = csv.replaceAll("Akeeagok", "Pitseolak").replaceAll("Arnaquq", "Gagné").replaceAll("aputi", "apu").replaceAll("melodie", "mel");
    const jobId = await importJob(other, { policy: "update" });
    expect(JSON.parse((await pass(jobId, "dry")).dryCounts!)).toMatchObject({ created: 2, updated: 2 });
    expect(JSON.parse((await pass(jobId, "run")).counts)).toMatchObject({ created: 2, updated: 2 });
    const apu = await getDb().client.findFirstOrThrow({ where: { lastName: "Pitseolak" } });
    expect(apu).toMatchObject({ email: "autre.apu@exemple.test", version: 2 });
    expect(await getDb().client.count({ where: { lastName: "Pitseolak" } })).toBe(1);
  }, SLOW);
});

describe("a full batch with every duplicate key filled", () => {
  it("looks its duplicates up within the database's bound-value limit", async () => {
    const lines = Array.from({ length: BATCH }, (_, i) => `Qilak;Nuk ${i};q${i}@exemple.test;q${i}.autre@exemple.test;867 555 ${2000 + i};867 556 ${2000 + i}`);
    const jobId = await importJob(`Prénom;Nom;Courriel;Autre courriel;Téléphone;Mobile\n${lines.join("\n")}\n`, { mapping: ["firstName", "lastName", "email", "otherEmail", "phone", "mobile"] });
    expect(JSON.parse((await pass(jobId, "dry")).dryCounts!)).toMatchObject({ created: BATCH, refused: 0 });
  }, SLOW);
});

describe("undo after a run of several batches", () => {
  const rows = BATCH + 60;
  const csv = suiteCrmClients({ rows, badEvery: 50, idPrefix: "lot" });

  it("bins exactly the records the run created and gives the updated one its values back", async () => {
    const untouched = await saveRecord(MODULES.clients, { firstName: "Ikaasuk", lastName: "Tout Autre", fileStatus: "open", clientStatus: "newcomer" }, manager);
    // Line 12 (row 10) of the file is this person: « update » takes it over instead of creating a copy.
    const person = suiteCrmPerson(10);
    const existing = await saveRecord(MODULES.clients, { firstName: person.firstName, lastName: person.lastName, city: "Arviat", fileStatus: "open", clientStatus: "newcomer" }, manager);
    const jobId = await importJob(csv, { policy: "update", valueMap: { clientStatus: { New: "newcomer", Assigned: "jobSeeker", "In Process": "jobSeeker", Converted: "permanentResident" } } });
    const done = await pass(jobId, "run");
    const refused = Math.floor(rows / 50);
    expect(JSON.parse(done.counts)).toMatchObject({ created: rows - refused - 1, updated: 1, refused });
    expect((await getDb().client.findUniqueOrThrow({ where: { id: existing.id } })).city).toBe("Iqaluit");

    const created = (await items(jobId, false)).filter((i) => i.outcome === "created").map((i) => i.recordId!);
    expect(new Set(created).size).toBe(rows - refused - 1);
    const undone = await pass(jobId, "undo");
    expect(undone.status).toBe("undone");
    const binned = await getDb().client.findMany({ where: { NOT: { deletedAt: null } }, select: { id: true } });
    expect(binned.map((b) => b.id).sort()).toEqual([...created].sort());
    expect(await getDb().auditLog.count({ where: { recordId: { in: created }, action: "delete" } })).toBe(created.length);
    const back = await getDb().client.findUniqueOrThrow({ where: { id: existing.id } });
    expect(back).toMatchObject({ city: "Arviat", deletedAt: null, legacyId: "lot-000010" });
    expect(await getDb().client.findUniqueOrThrow({ where: { id: untouched.id } })).toMatchObject({ deletedAt: null, version: 1 });
  }, SLOW);
});

describe("the quick search finds imported clients", () => {
  it("by the start of a name typed without its accents, and by the end of a phone number", async () => {
    const jobId = await importJob("Prénom;Nom;Téléphone\nÉloïse;Bélanger-Qaqqaq;867 555 0177\n", { mapping: ["firstName", "lastName", "phone"] });
    await pass(jobId, "run");
    const id = (await items(jobId, false))[0].recordId!;
    expect((await MODULES.clients.options("elo bela", manager)).map((o) => o.id)).toContain(id);
    expect((await MODULES.clients.options("qaqq", manager)).map((o) => o.id)).toContain(id);
    expect((await MODULES.clients.options("0177", manager)).map((o) => o.id)).toContain(id);
  }, SLOW);
});
