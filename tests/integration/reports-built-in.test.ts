/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { builtInReport, mayUseReport } from "@/lib/reports/catalog";
import { reportCsvStream } from "@/lib/reports/csv";
import { runReport, translatorFor } from "@/lib/reports/run";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { servedClientFilter } from "@/lib/reports/built-in/served-sources";
import { reportParamsOf } from "@/lib/reports/params";
import { rows, sql } from "@/lib/reports/sql";

// A small invented data set whose figures were counted by hand for Q2 2026 (Apr 1 – Jun 30) in Toronto time.
// Records outside the period, in the recycle bin, or of a client in the recycle bin must not count.
const getDb = setupTestDatabase();
const TZ = "America/Toronto";
const Q2 = { period: "custom", from: "2026-04-01", to: "2026-06-30" };
let u1: { id: string; role: "staff"; timeZone: string; name: string };
let u2: { id: string; name: string };
// March 2024 (Toronto: EST until the 10th, EDT after): more activities than live clients, so « clients served »
// takes its per-client form there (lib/reports/built-in/served-sources.ts).
const MARCH_2024 = { period: "custom", from: "2024-03-01", to: "2024-03-31" };

const at = (iso: string) => new Date(iso);

async function client(db: ReturnType<typeof getDb>, name: string, clientStatus: string, immigrationStatus: string | null, createdAt: string, deleted = false) {
  return db.client.create({ data: { lastName: name, sortName: name.toLowerCase(), nameKey: name.toLowerCase(), clientStatus, immigrationStatus, createdAt: at(createdAt), deletedAt: deleted ? at("2026-05-01T00:00:00Z") : null } });
}

beforeAll(async () => {
  const db = getDb();
  await ensureDefaultPicklists();
  const a = await makeUser(db, { name: "Agente Une" });
  const b = await makeUser(db, { name: "Agent Deux" });
  u1 = { id: a.id, role: "staff", timeZone: TZ, name: a.name };
  u2 = { id: b.id, name: b.name };
  const c1 = await client(db, "Alpha", "newcomer", "refugee", "2026-05-10T12:00:00Z");
  const c2 = await client(db, "Bravo", "jobSeeker", "permanentResident", "2025-01-01T12:00:00Z");
  const c3 = await client(db, "Charlie", "newcomer", null, "2025-02-01T12:00:00Z");
  const c4 = await client(db, "Delta", "other", null, "2025-03-01T12:00:00Z");
  const c5 = await client(db, "Echo", "newcomer", "citizen", "2025-04-01T12:00:00Z");
  const c6 = await client(db, "Foxtrot", "newcomer", "refugee", "2025-04-01T12:00:00Z", true);
  const p1 = await db.partner.create({ data: { name: "Partenaire Un", sortName: "partenaire un", nameKey: "partenaire un" } });
  const p2 = await db.partner.create({ data: { name: "Partenaire Effacé", sortName: "partenaire efface", nameKey: "partenaire efface", deletedAt: at("2026-05-01T00:00:00Z") } });
  await db.partner.create({ data: { name: "Partenaire Trois", sortName: "partenaire trois", nameKey: "partenaire trois" } });

  const call = (data: { clientId?: string; partnerId?: string; assignedUserId: string; startAt: string; deleted?: boolean }) =>
    db.call.create({ data: { subject: "Appel", duration: 15, clientId: data.clientId, partnerId: data.partnerId, assignedUserId: data.assignedUserId, startAt: at(data.startAt), activityAt: at(data.startAt), deletedAt: data.deleted ? at("2026-05-16T00:00:00Z") : null } });
  await call({ clientId: c1.id, assignedUserId: a.id, startAt: "2026-05-12T15:00:00Z" });
  await call({ clientId: c5.id, assignedUserId: a.id, startAt: "2026-03-30T15:00:00Z" }); // before the period
  await call({ clientId: c5.id, assignedUserId: a.id, startAt: "2026-05-15T15:00:00Z", deleted: true });
  await call({ partnerId: p1.id, assignedUserId: b.id, startAt: "2026-05-20T15:00:00Z" });
  await call({ partnerId: p2.id, assignedUserId: b.id, startAt: "2026-05-21T15:00:00Z" }); // partner in the bin: counts for staff only
  await db.meeting.create({ data: { subject: "Réunion", clientId: c1.id, assignedUserId: b.id, startAt: at("2026-05-13T15:00:00Z"), activityAt: at("2026-05-13T15:00:00Z") } });
  await db.task.create({ data: { subject: "Tâche", status: "completed", clientId: c2.id, assignedUserId: a.id, completedAt: at("2026-06-10T15:00:00Z"), activityAt: at("2026-06-10T15:00:00Z") } });
  await db.task.create({ data: { subject: "Ouverte", status: "notStarted", clientId: c5.id, assignedUserId: a.id, activityAt: at("2026-08-10T15:00:00Z") } });

  await db.activityNumber.create({ data: { number: "A-1", serviceName: "atelier-cv" } });
  const service = (data: { clientId?: string; partnerId?: string; serviceName: string; activityNumber?: string; startDate: string; staffUserId: string }) =>
    db.service.create({ data: { ...data, serviceNameFr: data.serviceName === "atelier-cv" ? "Atelier CV" : "Jumelage avec un employeur", serviceNameEn: data.serviceName === "atelier-cv" ? "Résumé workshop" : "Employer matching", startSort: data.startDate } });
  await service({ clientId: c2.id, serviceName: "atelier-cv", activityNumber: "A-1", startDate: "2026-04-15", staffUserId: b.id });
  await service({ clientId: c1.id, serviceName: "atelier-cv", activityNumber: "A-1", startDate: "2026-05-01", staffUserId: a.id });
  await service({ partnerId: p1.id, serviceName: "atelier-cv", activityNumber: "A-1", startDate: "2026-05-02", staffUserId: a.id });
  await service({ clientId: c2.id, serviceName: "jumelage", startDate: "2026-07-05", staffUserId: a.id }); // after the period

  const participation = (data: { clientId?: string; partnerId?: string; program: string; startDate: string; endDate?: string }) =>
    db.programParticipation.create({ data: { ...data, programFr: data.program === "mentorat" ? "Mentorat" : "Francisation", programEn: data.program === "mentorat" ? "Mentoring" : "French language training", startSort: data.startDate } });
  await participation({ clientId: c3.id, program: "mentorat", startDate: "2026-01-01" });
  await participation({ partnerId: p1.id, program: "mentorat", startDate: "2026-04-10", endDate: "2026-06-20" });
  await participation({ clientId: c5.id, program: "francisation", startDate: "2025-01-01", endDate: "2026-03-31" });
  await participation({ clientId: c4.id, program: "francisation", startDate: "2026-06-30" });

  const sae = (fileNumber: string, clientId: string, counsellorId: string, openedOn: string, closedOn?: string) =>
    db.saeFile.create({ data: { fileNumber, clientId, counsellorId, openedOn, closedOn, openedSort: openedOn } });
  await sae("SAE-1", c1.id, a.id, "2026-04-02");
  await sae("SAE-2", c2.id, a.id, "2025-10-01", "2026-05-05");
  await sae("SAE-3", c3.id, b.id, "2026-07-01");

  let key = 0;
  const visit = (clientId: string, visitedAt: string, reason: string) => db.visit.create({ data: { clientId, visitedAt: at(visitedAt), reason, language: "fr", idempotencyKey: `k${key++}` } });
  await visit(c4.id, "2026-06-01T14:00:00Z", "autre");
  await visit(c1.id, "2026-06-02T15:00:00Z", "emploi");
  await visit(c1.id, "2026-06-20T15:00:00Z", "autre");
  await visit(c5.id, "2026-07-01T03:30:00Z", "emploi"); // June 30, 23:30 in Toronto
  await visit(c4.id, "2026-04-01T02:00:00Z", "autre"); // March 31, 22:00 in Toronto
  await visit(c6.id, "2026-05-01T15:00:00Z", "autre"); // client in the recycle bin

  // March 2024: 13 live activities for 5 live clients. Charlie by calls, Delta by meetings and a task (once),
  // Bravo by a call on the very first instant (midnight in Toronto); Echo's call at midnight after the last day,
  // and everything of Foxtrot (in the recycle bin), do not count.
  for (const day of ["05", "06", "07", "08", "11", "12"]) await call({ clientId: c3.id, assignedUserId: a.id, startAt: `2024-03-${day}T15:00:00Z` });
  await call({ clientId: c2.id, assignedUserId: a.id, startAt: "2024-03-01T05:00:00Z" });
  await call({ clientId: c5.id, assignedUserId: a.id, startAt: "2024-04-01T04:00:00Z" });
  await call({ clientId: c6.id, assignedUserId: a.id, startAt: "2024-03-20T15:00:00Z" });
  for (const day of ["13", "14", "15", "18"]) await db.meeting.create({ data: { subject: "Réunion", clientId: c4.id, assignedUserId: a.id, startAt: at(`2024-03-${day}T15:00:00Z`), activityAt: at(`2024-03-${day}T15:00:00Z`) } });
  await db.task.create({ data: { subject: "Tâche", status: "completed", clientId: c4.id, assignedUserId: a.id, completedAt: at("2024-03-19T15:00:00Z"), activityAt: at("2024-03-19T15:00:00Z") } });
});

async function run(key: string, extra: Record<string, string> = {}, locale: "fr" | "en" = "fr") {
  const report = builtInReport(key)!;
  return runReport(report, u1, locale, new URLSearchParams({ ...Q2, ...extra }));
}

test("clients served by client status: distinct clients, new when their file was created in the period", async () => {
  const table = await run("clients-served");
  const rows = Object.fromEntries(table.rows.map((r) => [r.group, [r.served, r.new, r.returning]]));
  expect(Object.keys(rows)).toHaveLength(3);
  expect(Object.values(rows).sort()).toEqual([[1, 0, 1], [1, 0, 1], [3, 1, 2]]);
  expect(table.totals).toEqual({ served: 5, new: 1, returning: 4 });
});

test("clients served by immigration status; a staff member narrows to their own activities and services", async () => {
  const table = await run("clients-served", { by: "immigrationStatus" }, "en");
  expect(Object.fromEntries(table.rows.map((r) => [r.group, r.served]))).toEqual({ "Refugee or protected person": 1, "Permanent resident": 1, "Canadian citizen": 1, "Not specified": 2 });
  // Agente Une: the call with Alpha, the completed task of Bravo, the service of Alpha.
  const mine = await run("clients-served", { staff: u1.id });
  expect(mine.totals).toEqual({ served: 2, new: 1, returning: 1 });
  const program = await run("clients-served", { program: "mentorat" });
  expect(program.totals.served).toBe(1);
});

test("clients served over a period with more activities than clients: each client once, bounds in the user's zone", async () => {
  const table = await run("clients-served", MARCH_2024);
  expect(Object.fromEntries(table.rows.map((r) => [r.group, [r.served, r.new, r.returning]]))).toEqual({ "Nouvel arrivant": [1, 0, 1], "Autre": [1, 0, 1], "Chercheur d'emploi": [1, 0, 1] });
  expect(table.totals).toEqual({ served: 3, new: 0, returning: 3 });
});

test("clients served: the per-source IN form and the per-client EXISTS form select the same clients", async () => {
  const served = async (query: Record<string, string>, form: "in" | "exists") => {
    const params = reportParamsOf(new URLSearchParams(query), TZ);
    const filter = await servedClientFilter({ user: u1, locale: "fr", timeZone: TZ, params, t: (k) => k }, "c", form);
    return (await rows<{ name: string }>(sql`SELECT c."lastName" AS name FROM "Client" c WHERE c."deletedAt" IS NULL AND ${filter}`)).map((r) => r.name).sort();
  };
  const cases: [Record<string, string>, string[]][] = [
    [Q2, ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]],
    [{ ...Q2, staff: u1.id }, ["Alpha", "Bravo"]],
    [{ ...Q2, program: "mentorat" }, ["Charlie"]],
    [{ ...Q2, service: "atelier-cv" }, ["Alpha", "Bravo"]],
    [MARCH_2024, ["Bravo", "Charlie", "Delta"]],
  ];
  for (const [query, names] of cases) {
    expect(await served(query, "in")).toEqual(names);
    expect(await served(query, "exists")).toEqual(names);
  }
});

test("services by service name and activity number, with participants", async () => {
  const table = await run("services");
  expect(table.rows).toEqual([{ service: "Atelier CV", activityNumber: "A-1", services: 3, participants: 3 }]);
  expect((await run("services", { staff: u2.id })).totals).toEqual({ services: 1, participants: 1 });
});

test("program participations active, started and ended in the period", async () => {
  const table = await run("programs");
  expect(Object.fromEntries(table.rows.map((r) => [r.program, [r.active, r.started, r.ended]]))).toEqual({ Mentorat: [2, 1, 1], Francisation: [1, 1, 0] });
  expect(table.totals).toEqual({ active: 3, started: 2, ended: 1 });
});

test("SAE files opened and closed, by counsellor", async () => {
  const table = await run("sae");
  expect(table.rows).toEqual([{ counsellor: "Agente Une", opened: 1, closed: 1 }]);
});

test("office visits by week and by month on the user's calendar days, one column per reason", async () => {
  const weeks = await run("visits", { unit: "week" });
  expect(weeks.rows).toEqual([
    { period: "2026-06-01", "reason:autre": 1, "reason:emploi": 1, total: 2 },
    { period: "2026-06-15", "reason:autre": 1, "reason:emploi": 0, total: 1 },
    { period: "2026-06-29", "reason:autre": 0, "reason:emploi": 1, total: 1 },
  ]);
  expect(weeks.columns.map((c) => c.label ?? c.key)).toEqual(["period", "Autre", "Recherche d'emploi", "total"]);
  const months = await run("visits", { unit: "month" });
  expect(months.rows).toEqual([{ period: "2026-06", "reason:autre": 2, "reason:emploi": 2, total: 4 }]);
});

test("activities per staff member: calls and meetings started, tasks completed", async () => {
  const table = await run("activities", { sort: "staff" });
  expect(table.rows).toEqual([
    { staff: "Agent Deux", calls: 2, meetings: 1, tasks: 0, total: 3 },
    { staff: "Agente Une", calls: 1, meetings: 0, tasks: 1, total: 2 },
  ]);
  expect(table.totals).toEqual({ calls: 3, meetings: 1, tasks: 1, total: 5 });
});

test("partners engaged: live partners only", async () => {
  const table = await run("partners");
  expect(table.rows).toEqual([{ partner: "Partenaire Un", activities: 1, services: 1, participations: 1 }]);
});

test("sort, column order and the CSV: same rows, same order, totals equal to the table's", async () => {
  const table = await run("activities", { sort: "total", dir: "desc", cols: "total,staff" });
  expect(table.columns.map((c) => c.key)).toEqual(["total", "staff", "calls", "meetings", "tasks"]);
  expect(table.rows.map((r) => r.staff)).toEqual(["Agent Deux", "Agente Une"]);
  const text = await new Response(reportCsvStream(table, translatorFor("fr"), ";")).text();
  const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(";"));
  expect(lines[0]).toEqual(["Total", "Membre du personnel", "Appels", "Réunions", "Tâches terminées"]);
  expect(lines.slice(1, -1).map((l) => l[1])).toEqual(["Agent Deux", "Agente Une"]);
  expect(lines.at(-1)).toEqual(["5", "", "3", "1", "1"]);
});

test("reports need read on every module they read; a user without a role reads none", async () => {
  expect(await mayUseReport(u1, builtInReport("activities")!, "read")).toBe(true);
  expect(await mayUseReport({ id: "x", role: "nobody" as "staff" }, builtInReport("activities")!, "export")).toBe(false);
});
