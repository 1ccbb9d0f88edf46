/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { deleteReport, saveReport } from "@/lib/reports/builder/actions";
import { runBuilder } from "@/lib/reports/builder/run";
import { reportsFor, runnableReport } from "@/lib/reports/builder/saved";
import { changeDashboard } from "@/lib/dashboard/actions";
import { dashletsOf } from "@/lib/dashboard/preferences";
import { DEFAULT_DASHLETS } from "@/lib/dashboard/dashlets";
import { reportCsvStream } from "@/lib/reports/csv";
import { translatorFor } from "@/lib/reports/run";
import { tableViewOf } from "@/lib/reports/table";

const getDb = setupTestDatabase();
let owner: CurrentUser, colleague: CurrentUser, outsider: CurrentUser;
const as = (user: CurrentUser | null) => currentUser.mockResolvedValue(user);
const view = tableViewOf(new URLSearchParams({ sort: "count", dir: "desc" }));

beforeAll(async () => {
  owner = asCurrentUser(await makeUser(getDb(), { name: "Propriétaire" }));
  colleague = asCurrentUser(await makeUser(getDb(), { name: "Collègue" }));
  outsider = asCurrentUser(await makeUser(getDb(), { name: "Autre" }));
  const statuses = ["newcomer", "newcomer", "newcomer", "jobSeeker", "jobSeeker", "other"];
  for (const [i, clientStatus] of statuses.entries()) {
    await getDb().client.create({ data: { lastName: `Client ${i}`, sortName: `client ${i}`, nameKey: `client ${i}`, clientStatus, city: i < 4 ? "Iqaluit" : "Rankin Inlet" } });
  }
  await getDb().client.create({ data: { lastName: "Effacé", sortName: "efface", nameKey: "efface", clientStatus: "newcomer", deletedAt: new Date() } });
});

let reportId: string;

test("build, save and share a report on clients grouped by status; counts per status from the database", async () => {
  as(owner);
  const saved = await saveReport({ name: "Clients par statut", module: "clients", cols: ["lastName", "clientStatus", "bogus"], group: "clientStatus", query: "", share: [colleague.id] });
  expect(saved.ok).toBe(true);
  reportId = (saved as { ok: true; data: { id: string } }).data.id;
  const found = (await runnableReport(reportId, owner))!;
  expect(found.spec).toEqual({ module: "clients", columns: ["lastName", "clientStatus"], groupBy: "clientStatus", query: "" });
  const table = (await runBuilder(found.spec, owner, view, "fr"))!;
  expect(table.rows).toEqual([
    { clientStatus: "modules.clients.options.clientStatus.newcomer", count: 3 },
    { clientStatus: "modules.clients.options.clientStatus.jobSeeker", count: 2 },
    { clientStatus: "modules.clients.options.clientStatus.other", count: 1 },
  ]);
  expect(table.totals).toEqual({ count: 6 });
  const csv = await new Response(reportCsvStream(table, translatorFor("fr"), ";")).text();
  expect(csv.trim().split("\r\n").at(-1)).toBe("Total;6");
});

test("criteria use the list's parse: the same where-clause for rows and for groups", async () => {
  as(owner);
  const saved = await saveReport({ name: "Iqaluit", module: "clients", cols: ["lastName", "city"], query: "f.city=starts&f.city.v=Iqa&f.nope=x", share: [] });
  const found = (await runnableReport((saved as { ok: true; data: { id: string } }).data.id, owner))!;
  expect(found.spec.query).toBe("f.city=starts&f.city.v=Iqa");
  const rows = (await runBuilder(found.spec, owner, tableViewOf(new URLSearchParams()), "fr"))!;
  expect(rows.rows.map((r) => r.lastName)).toEqual(["Client 0", "Client 1", "Client 2", "Client 3"]);
  const grouped = (await runBuilder({ ...found.spec, groupBy: "clientStatus" }, owner, view, "fr"))!;
  expect(grouped.totals.count).toBe(4);
});

test("sharing: the colleague runs it, cannot edit or delete it; an outsider cannot see it", async () => {
  expect((await reportsFor(colleague.id)).shared.map((r) => r.name)).toEqual(["Clients par statut"]);
  expect(await runnableReport(reportId, colleague)).toMatchObject({ owned: false });
  expect(await runnableReport(reportId, outsider)).toBeNull();
  as(colleague);
  expect(await saveReport({ id: reportId, version: 1, name: "Pris", module: "clients", cols: ["lastName"], query: "", share: [] })).toMatchObject({ ok: false, error: "errors.notFound" });
  expect(await deleteReport({ id: reportId })).toMatchObject({ ok: false, error: "errors.notFound" });
  as(owner);
  // Unsharing: a stale version is refused, the current one applies.
  expect(await saveReport({ id: reportId, version: 7, name: "Clients par statut", module: "clients", cols: ["lastName"], group: "clientStatus", query: "", share: [] })).toMatchObject({ ok: false, error: "reports.builder.conflict" });
  expect(await saveReport({ id: reportId, version: 1, name: "Clients par statut", module: "clients", cols: ["lastName"], group: "clientStatus", query: "", share: [] })).toMatchObject({ ok: true });
  expect(await runnableReport(reportId, colleague)).toBeNull();
  expect(await saveReport({ name: "x".repeat(256), module: "clients", cols: [], query: "", share: [] })).toMatchObject({ ok: false, error: "errors.invalid" });
  as(null);
  expect(await saveReport({ name: "Sans session", module: "clients", cols: [], query: "", share: [] })).toMatchObject({ ok: false, error: "errors.unauthenticated" });
});

test("dashboard: add a saved report, reorder, remove; a report the user may not run is not added", async () => {
  as(owner);
  expect(await dashletsOf(owner.id)).toEqual(DEFAULT_DASHLETS);
  await changeDashboard({ op: "add", key: `report:${reportId}` });
  await changeDashboard({ op: "up", key: `report:${reportId}` });
  await changeDashboard({ op: "remove", key: "account" });
  expect(await dashletsOf(owner.id)).toEqual(["activitiesToday", "openTasks", "myClients", "visitsToday", "servedChart", `report:${reportId}`, "admin"]);
  await changeDashboard({ op: "order", keys: ["admin", "openTasks"] });
  expect((await dashletsOf(owner.id)).slice(0, 3)).toEqual(["admin", "openTasks", "activitiesToday"]);
  as(outsider);
  await changeDashboard({ op: "add", key: `report:${reportId}` });
  expect(await dashletsOf(outsider.id)).toEqual(DEFAULT_DASHLETS);
  expect(await changeDashboard({ op: "add", key: "<script>" })).toMatchObject({ ok: false, error: "errors.invalid" });
});

test("the owner deletes the report", async () => {
  as(owner);
  expect(await deleteReport({ id: reportId })).toMatchObject({ ok: true });
  expect(await runnableReport(reportId, owner)).toBeNull();
});
