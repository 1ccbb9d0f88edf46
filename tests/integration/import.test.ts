/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { createImportJob, ImportRefused } from "@/lib/import/create";
import { work, type Mode } from "@/lib/import/runner";
import { saveRecord } from "@/lib/records/service";
import { MODULES } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { suiteCrmClients, badLines } from "@/tests/fixtures/import/suitecrm";

const getDb = setupTestDatabase();
const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
// A pass over a few hundred lines takes seconds, more on a busy CI machine.
const SLOW = 180_000;
const STATUS_VALUES = { New: "newcomer", Assigned: "jobSeeker", "In Process": "jobSeeker", Converted: "permanentResident" };

let manager: CurrentUser, staff: CurrentUser, admin: CurrentUser;
beforeAll(async () => {
  await ensureDefaultPicklists();
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager", name: "Gestionnaire Import" }));
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin" }));
});

async function pass(jobId: string, mode: Mode) {
  await getDb().importJob.update({ where: { id: jobId }, data: { mode, status: "running", processed: 0, claimedAt: null } });
  await work(jobId);
  return getDb().importJob.findUniqueOrThrow({ where: { id: jobId } });
}

async function job(user: CurrentUser, module: Parameters<typeof createImportJob>[1], csv: string, choices: { valueMap?: object; policy?: string } = {}) {
  const { id } = await createImportJob(user, module, `${module}.csv`, bytes(csv));
  await getDb().importJob.update({ where: { id }, data: { valueMap: JSON.stringify(choices.valueMap ?? {}), policy: choices.policy ?? "skip" } });
  return id;
}

const items = (jobId: string, dry: boolean) => getDb().importItem.findMany({ where: { jobId, dry }, orderBy: { line: "asc" } });

describe("importing clients from a SuiteCRM export", () => {
  const csv = suiteCrmClients({ rows: 250, badEvery: 100, idPrefix: "cli" });
  let jobId: string;

  it("is refused to staff: admins and managers only", async () => {
    await expect(createImportJob(staff, "clients", "x.csv", bytes(csv))).rejects.toBeInstanceOf(ImportRefused);
  });

  it("suggests the mapping from the headers", async () => {
    jobId = await job(manager, "clients", csv, { valueMap: { clientStatus: STATUS_VALUES } });
    const row = await getDb().importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(JSON.parse(row.mapping)).toEqual(["legacyId", "firstName", "lastName", "email", "phone", "mobile", "city", "clientStatus", "description"]);
    expect(row.rowCount).toBe(250);
  });

  it("a dry run names the bad lines and writes nothing", async () => {
    const done = await pass(jobId, "dry");
    expect(done.status).toBe("dryDone");
    expect(JSON.parse(done.dryCounts!)).toMatchObject({ created: 248, updated: 0, skipped: 0, refused: 2 });
    const refused = (await items(jobId, true)).filter((i) => i.outcome === "refused");
    expect(refused.map((i) => i.line)).toEqual(badLines({ rows: 250, badEvery: 100 }));
    expect(refused.map((i) => JSON.parse(i.reason!)[0])).toEqual([
      { k: "validation.email", f: "email" },
      { k: "validation.required", f: "lastName" },
    ]);
    expect(await getDb().client.count()).toBe(0);
  }, SLOW);

  it("the run creates the rest with the form's keys, tokens and change log, and logs one import event", async () => {
    const done = await pass(jobId, "run");
    expect(done.status).toBe("done");
    expect(JSON.parse(done.counts)).toMatchObject({ created: 248, refused: 2 });
    const eloise = await getDb().client.findFirstOrThrow({ where: { legacyId: "cli-000001" } });
    expect(eloise).toMatchObject({ firstName: "Éloïse", email: "personne1@exemple.test", city: "Rankin Inlet", clientStatus: "jobSeeker", fileStatus: "open", createdById: manager.id });
    expect(eloise.nameKey).toBeTruthy();
    expect(eloise.phoneKey).toBe("8675551001");
    expect(await getDb().searchToken.count({ where: { recordId: eloise.id } })).toBeGreaterThan(0);
    expect(await getDb().auditLog.count({ where: { recordId: eloise.id, action: "create" } })).toBe(1);
    const first = await getDb().client.findFirstOrThrow({ where: { legacyId: "cli-000000" } });
    expect(first.description).toBe("Arrivée en 2015.\nSuivi « emploi » à prévoir; voir dossier.");
    const events = await getDb().auditLog.findMany({ where: { action: "import" } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].detail!)).toMatchObject({ job: jobId, pass: "run", created: 248, refused: 2 });
  }, SLOW);

  it("a second import of the same file matches on the old id: updates, no duplicate", async () => {
    const again = suiteCrmClients({ rows: 250, badEvery: 100, idPrefix: "cli" }).replace("Rankin Inlet", "Arviat");
    const second = await job(manager, "clients", again, { valueMap: { clientStatus: STATUS_VALUES }, policy: "update" });
    const done = await pass(second, "run");
    expect(JSON.parse(done.counts)).toMatchObject({ created: 0, updated: 248, refused: 2 });
    expect(await getDb().client.count()).toBe(248);
    const eloise = await getDb().client.findFirstOrThrow({ where: { legacyId: "cli-000001" } });
    expect(eloise.city).toBe("Arviat");
    expect(eloise.version).toBe(2);

    // Undo of the update: the city comes back; a record someone edited since is kept as it is.
    const other = await getDb().client.findFirstOrThrow({ where: { legacyId: "cli-000006" } });
    await saveRecord(MODULES.clients, { id: other.id, version: other.version, targetOccupation: "Soudeuse" }, admin);
    const undone = await pass(second, "undo");
    expect(undone.status).toBe("undone");
    expect(JSON.parse(undone.counts)).toMatchObject({ updated: 247, kept: 1 });
    expect((await getDb().client.findUniqueOrThrow({ where: { id: eloise.id } })).city).toBe("Rankin Inlet");
    expect((await getDb().client.findUniqueOrThrow({ where: { id: other.id } })).targetOccupation).toBe("Soudeuse");
  }, SLOW);

  it("undo of the first run moves the records it created to the recycle bin", async () => {
    const undone = await pass(jobId, "undo");
    expect(JSON.parse(undone.counts)).toMatchObject({ created: 248 });
    expect(await getDb().client.count({ where: { deletedAt: null } })).toBe(0);
    expect(await getDb().client.count({ where: { NOT: { deletedAt: null } } })).toBe(248);
    // One event per pass that writes: two runs and two undos.
    expect(await getDb().auditLog.count({ where: { action: "import" } })).toBe(4);
  }, SLOW);
});

describe("duplicate policies without an old id", () => {
  const people = "Prénom;Nom;Adresse courriel\nAmaruq;Kilabuk;amaruq@exemple.test\nZoé;Ootoova;zoe.o@exemple.test\n";
  let existingId: string;
  beforeAll(async () => {
    existingId = (await saveRecord(MODULES.clients, { firstName: "Amaruq", lastName: "Kilabuk", fileStatus: "open", clientStatus: "newcomer", phone: "867 555 0199" }, manager)).id;
  });

  it("skip: the match of the form's duplicate check is left alone", async () => {
    const done = await pass(await job(manager, "clients", people, { policy: "skip" }), "run");
    expect(JSON.parse(done.counts)).toMatchObject({ created: 1, skipped: 1 });
    const skipped = (await items(done.id, false)).find((i) => i.outcome === "skipped")!;
    expect(skipped).toMatchObject({ line: 2, recordId: existingId });
    expect(JSON.parse(skipped.reason!)).toEqual([{ k: "import.reasons.duplicate", v: "Amaruq Kilabuk" }]);
  });

  it("update: only the mapped fields change", async () => {
    const done = await pass(await job(manager, "clients", people.replace("zoe.o", "zoe.ootoova"), { policy: "update" }), "run");
    expect(JSON.parse(done.counts)).toMatchObject({ updated: 2 });
    const amaruq = await getDb().client.findUniqueOrThrow({ where: { id: existingId } });
    expect(amaruq).toMatchObject({ email: "amaruq@exemple.test", phone: "867 555 0199" });
  });

  it("create: a new record anyway", async () => {
    const done = await pass(await job(manager, "clients", people, { policy: "create" }), "run");
    expect(JSON.parse(done.counts)).toMatchObject({ created: 2 });
    expect(await getDb().client.count({ where: { lastName: "Kilabuk", deletedAt: null } })).toBe(2);
  });
});

describe("relations", () => {
  it("contacts find their partner by old id or by name; notes and calls their parent by old id", async () => {
    const partners = await pass(await job(manager, "partners", "ID,Name,Type\np-1,Société Inuit Arctique,\np-2,Coop de Pond Inlet,\n"), "run");
    expect(JSON.parse(partners.counts)).toMatchObject({ created: 2 });
    const coop = await getDb().partner.findFirstOrThrow({ where: { legacyId: "p-2" } });

    const contacts = await pass(await job(manager, "contacts", "ID,First Name,Last Name,Account Name\nc-1,Ikaasuk,Arnaquq,p-1\nc-2,Kénan,Gagné,coop de pond inlet\nc-3,Naïma,Lefèvre,Inconnue SA\n"), "run");
    expect(JSON.parse(contacts.counts)).toMatchObject({ created: 2, refused: 1 });
    const refused = (await items(contacts.id, false)).find((i) => i.outcome === "refused")!;
    expect(JSON.parse(refused.reason!)).toEqual([{ k: "import.reasons.notFound", f: "partnerId", v: "Inconnue SA" }]);
    expect((await getDb().contact.findFirstOrThrow({ where: { legacyId: "c-2" } })).partnerId).toBe(coop.id);

    const client = await getDb().client.update({
      where: { id: (await saveRecord(MODULES.clients, { lastName: "Pitseolak", fileStatus: "open", clientStatus: "newcomer" }, manager)).id },
      data: { legacyId: "k-9" },
    });
    const notes = await pass(await job(manager, "notes", "ID,Subject,Parent ID,Note\nn-1,Premier appel,k-9,Bonjour\nn-2,Suivi,c-1,Rappel\n"), "run");
    expect(JSON.parse(notes.counts)).toMatchObject({ created: 2 });
    expect((await getDb().note.findFirstOrThrow({ where: { legacyId: "n-1" } })).clientId).toBe(client.id);
    expect((await getDb().note.findFirstOrThrow({ where: { legacyId: "n-2" } })).contactId).toBeTruthy();

    const calls = await pass(await job(manager, "calls", "ID,Subject,Start Date,Duration,Parent ID,Assigned to\nx-1,Appel d'accueil,2025-03-10 14:30:00,0:45,k-9,Gestionnaire Import\n"), "run");
    expect(JSON.parse(calls.counts)).toMatchObject({ created: 1 });
    const call = await getDb().call.findFirstOrThrow({ where: { legacyId: "x-1" } });
    expect(call).toMatchObject({ clientId: client.id, duration: 45, status: "planned", assignedUserId: manager.id });
    // 14:30 typed in Iqaluit (EDT, UTC−4) on 10 March 2025.
    expect(call.startAt.toISOString()).toBe("2025-03-10T18:30:00.000Z");
  }, SLOW);
});
