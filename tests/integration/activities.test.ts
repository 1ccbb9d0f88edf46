/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
jest.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));

import { removeRecord, saveRecord, saveRecordField, submitRecordForm } from "@/lib/records/actions";
import { moveTask, moveTaskForm } from "@/lib/activities/kanban-actions";
import { activityPage } from "@/lib/activities/subpanel";
import { kanbanColumns } from "@/lib/activities/kanban";
import { myActivitiesToday, myOpenTasks, todayRange } from "@/lib/activities/dashlets";

const getDb = setupTestDatabase();
const ok = <T,>(r: { ok: true; data: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
};
const parent = (module: string, id: string) => JSON.stringify({ module, id });

let staff: CurrentUser, colleague: CurrentUser, manager: CurrentUser;
let clientId: string, partnerId: string, contactId: string;

async function as<T>(user: CurrentUser | null, run: () => Promise<T>): Promise<T> {
  currentUser.mockResolvedValue(user);
  return run();
}
const call = (extra: Record<string, unknown> = {}) => ({
  subject: "Information sur un employeur",
  direction: "outbound",
  status: "planned",
  startAt: "2026-12-01T13:00",
  duration: "15",
  relatedTo: parent("clients", clientId),
  ...extra,
});
const task = (extra: Record<string, unknown> = {}) => ({ subject: "Suivi embauche", status: "inProgress", priority: "high", relatedTo: parent("partners", partnerId), ...extra });

beforeAll(async () => {
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Aputi Test" }));
  colleague = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Jaaji Test" }));
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager" }));
  currentUser.mockResolvedValue(staff);
  clientId = ok(await saveRecord("clients", { lastName: "Patrick", firstName: "Test", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1" })).id;
  partnerId = ok(await saveRecord("partners", { name: "KCR - Kelowna Com", confirmDuplicates: "1" })).id;
  contactId = ok(await saveRecord("contacts", { lastName: "Inuksuk", partnerId, confirmDuplicates: "1" })).id;
});

describe("« Lié à »: exactly one client, contact or partner", () => {
  it("refuses an activity linked to nothing, to two records or to another kind of record", async () => {
    await as(staff, async () => {
      const before = await getDb().call.count();
      const none = await saveRecord("calls", call({ relatedTo: "" }));
      expect(none).toMatchObject({ ok: false, fieldErrors: { relatedTo: { key: "validation.required" } } });
      const two = await saveRecord("calls", call({ relatedTo: JSON.stringify({ module: "clients", id: clientId, partnerId }) }));
      expect(two).toMatchObject({ ok: false, fieldErrors: { relatedTo: { key: "validation.parent" } } });
      const otherKind = await saveRecord("calls", call({ relatedTo: parent("calls", clientId) }));
      expect(otherKind).toMatchObject({ ok: false, fieldErrors: { relatedTo: { key: "validation.parent" } } });
      const missing = await saveRecord("tasks", task({ relatedTo: parent("partners", "nope") }));
      expect(missing).toMatchObject({ ok: false, fieldErrors: { relatedTo: { key: "records.badReference" } } });
      expect(await getDb().call.count()).toBe(before);
    });
  });

  it("keeps one parent column set when « Lié à » moves to another kind of record", async () => {
    await as(staff, async () => {
      const { id, version } = ok(await saveRecord("calls", call()));
      expect(await getDb().call.findUniqueOrThrow({ where: { id } })).toMatchObject({ clientId, contactId: null, partnerId: null, duration: 15 });
      ok(await saveRecordField("calls", { id, version, field: "relatedTo", value: parent("contacts", contactId) }));
      expect(await getDb().call.findUniqueOrThrow({ where: { id } })).toMatchObject({ clientId: null, contactId, partnerId: null });
    });
  });
});

/** redirect() throws; its digest holds the target. */
async function redirectedTo(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => null, (e: unknown) => e);
  const digest = String((error as { digest?: string } | null)?.digest ?? "");
  if (!digest.startsWith("NEXT_REDIRECT")) throw new Error(`no redirect: ${String(error)}`);
  return digest.split(";")[2];
}
const formOf = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  return form;
};

describe("without scripts", () => {
  it("returns to the record the form was opened from, and only to a record page", async () => {
    currentUser.mockResolvedValue(staff);
    const empty = { result: null, values: {} };
    const back = await redirectedTo(submitRecordForm("calls", empty, formOf({ ...call({ subject: "Sans script" }), _return: `/clients/${clientId}` })));
    expect(back).toBe(`/fr/clients/${clientId}`);
    const elsewhere = await redirectedTo(submitRecordForm("calls", empty, formOf({ ...call({ subject: "Sans script 2" }), _return: "//evil.example/clients/x" })));
    expect(elsewhere).toMatch(/^\/fr\/calls\/[\w-]+$/);
  });

  it("moves a Kanban card from its own form and says so when the version is stale", async () => {
    const { id } = ok(await as(staff, () => saveRecord("tasks", task({ subject: "Carte sans script" }))));
    const moved = await redirectedTo(moveTaskForm(formOf({ id, version: "1", status: "completed", _query: "mine=1&evil=1" })));
    expect(moved).toBe("/fr/tasks/kanban?mine=1");
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "completed", version: 2 });
    expect(await redirectedTo(moveTaskForm(formOf({ id, version: "1", status: "pending" })))).toBe("/fr/tasks/kanban?error=conflict");
  });
});

describe("meetings and tasks keep their derived values", () => {
  it("refuses a meeting that ends before it starts, beside the end field", async () => {
    const result = await as(staff, () =>
      saveRecord("meetings", { subject: "Préparer son CV", status: "planned", startAt: "2026-12-02T10:00", endAt: "2026-12-02T09:00", relatedTo: parent("clients", clientId) }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { endAt: { key: "validation.endBeforeStart" } } });
  });

  it("records when a task is completed and clears it when reopened", async () => {
    await as(staff, async () => {
      const { id, version } = ok(await saveRecord("tasks", task()));
      expect((await getDb().task.findUniqueOrThrow({ where: { id } })).completedAt).toBeNull();
      const done = ok(await saveRecordField("tasks", { id, version, field: "status", value: "completed" }));
      const completedAt = (await getDb().task.findUniqueOrThrow({ where: { id } })).completedAt;
      expect(completedAt).toBeInstanceOf(Date);
      const again = ok(await saveRecordField("tasks", { id, version: done.version, field: "priority", value: "low" }));
      expect((await getDb().task.findUniqueOrThrow({ where: { id } })).completedAt).toEqual(completedAt);
      ok(await saveRecordField("tasks", { id, version: again.version, field: "status", value: "inProgress" }));
      expect((await getDb().task.findUniqueOrThrow({ where: { id } })).completedAt).toBeNull();
    });
  });
});

describe("reminders scheduled by saves", () => {
  it("schedules the assignee's and invitees' reminder before a planned start and clears it when held or removed", async () => {
    await as(staff, async () => {
      const { id, version } = ok(
        await saveRecord("meetings", {
          subject: "Préparer son CV",
          status: "planned",
          startAt: "2026-12-03T10:00",
          endAt: "2026-12-03T11:00",
          relatedTo: parent("clients", clientId),
          assignedUserId: staff.id,
          invitees: [colleague.id],
          reminder: "15m",
        }),
      );
      const rows = await getDb().reminder.findMany({ where: { module: "meetings", recordId: id }, orderBy: { userId: "asc" } });
      expect(rows.map((r) => r.userId).sort()).toEqual([staff.id, colleague.id].sort());
      // 10:00 in Iqaluit (UTC−5 in December) is 15:00Z; fifteen minutes before.
      expect(rows[0].dueAt.toISOString()).toBe("2026-12-03T14:45:00.000Z");
      const held = ok(await saveRecordField("meetings", { id, version, field: "status", value: "held" }));
      expect(await getDb().reminder.count({ where: { module: "meetings", recordId: id } })).toBe(0);
      const planned = ok(await saveRecordField("meetings", { id, version: held.version, field: "status", value: "planned" }));
      expect(await getDb().reminder.count({ where: { module: "meetings", recordId: id } })).toBe(2);
      ok(await saveRecordField("meetings", { id, version: planned.version, field: "reminder", value: "" }));
      expect(await getDb().reminder.count({ where: { module: "meetings", recordId: id } })).toBe(0);
    });
  });

  it("schedules nothing for a call without reminder", async () => {
    const { id } = ok(await as(staff, () => saveRecord("calls", call({ assignedUserId: staff.id }))));
    expect(await getDb().reminder.count({ where: { module: "calls", recordId: id } })).toBe(0);
  });
});

describe("Activités and Historique subpanels", () => {
  it("move an activity from Activités to Historique with its status, newest first, a partner's with its contacts'", async () => {
    const ids = await as(staff, async () => ({
      partnerTask: ok(await saveRecord("tasks", task({ subject: "Tâche du partenaire", dueAt: "2026-12-05T09:00" }))).id,
      contactCall: ok(await saveRecord("calls", call({ subject: "Appel du contact", relatedTo: parent("contacts", contactId), startAt: "2026-12-06T09:00" }))),
    }));
    const page = (state: "open" | "done", module = "partners", id = partnerId) => activityPage({ parent: { module, id }, state, cursor: null, before: false, user: staff, take: 10 });
    const open = await page("open");
    expect(open.rows.map((r) => r.subject)).toEqual(expect.arrayContaining(["Appel du contact", "Tâche du partenaire"]));
    expect(open.rows.map((r) => r.at.getTime())).toEqual([...open.rows.map((r) => r.at.getTime())].sort((a, b) => b - a));
    expect((await page("done")).rows.map((r) => r.id)).not.toContain(ids.partnerTask);

    await as(staff, () => moveTask({ id: ids.partnerTask, version: 1, status: "completed" }));
    expect((await page("open")).rows.map((r) => r.id)).not.toContain(ids.partnerTask);
    expect((await page("done")).rows.map((r) => r.id)).toContain(ids.partnerTask);
    // The contact's own page shows its call; the client's shows none of the partner's.
    expect((await page("open", "contacts", contactId)).rows.map((r) => r.id)).toContain(ids.contactCall.id);
    expect((await page("open", "clients", clientId)).rows.map((r) => r.id)).not.toContain(ids.partnerTask);
  });

  it("shows the record's notes in Historique, never in Activités, a contact's on its partner's page too", async () => {
    const note = ok(await as(staff, () => saveRecord("notes", { subject: "Entretien de suivi", text: "Ligne 1\nLigne 2", parent: parent("contacts", contactId) })));
    const page = (state: "open" | "done", module: string, id: string) => activityPage({ parent: { module, id }, state, cursor: null, before: false, user: staff, take: 50 });
    const done = await page("done", "contacts", contactId);
    expect(done.rows.find((r) => r.id === note.id)).toMatchObject({ module: "notes", subject: "Entretien de suivi", status: null });
    expect((await page("done", "partners", partnerId)).rows.map((r) => r.id)).toContain(note.id);
    expect((await page("open", "contacts", contactId)).rows.map((r) => r.id)).not.toContain(note.id);
  });

  it("pages through the merged activities without losing or repeating one", async () => {
    const { id: otherClient } = ok(await as(staff, () => saveRecord("clients", { lastName: "Pagination", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1" })));
    await as(staff, async () => {
      for (let i = 0; i < 5; i++) ok(await saveRecord("calls", call({ subject: `Appel ${i}`, startAt: `2026-11-0${i + 1}T10:00`, relatedTo: parent("clients", otherClient) })));
      for (let i = 0; i < 4; i++) ok(await saveRecord("tasks", task({ subject: `Tâche ${i}`, dueAt: `2026-11-0${i + 1}T11:00`, relatedTo: parent("clients", otherClient) })));
    });
    const read = (cursor: string | null, before = false) => activityPage({ parent: { module: "clients", id: otherClient }, state: "open", cursor, before, user: staff, take: 4 });
    const first = await read(null);
    const second = await read(first.nextCursor);
    const third = await read(second.nextCursor);
    const seen = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(first.count).toBe(9);
    expect(new Set(seen).size).toBe(9);
    expect(third.nextCursor).toBeNull();
    expect(first.prevCursor).toBeNull();
    expect((await read(second.prevCursor, true)).rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });

  it("leaves deleted activities out", async () => {
    const { id } = ok(await as(staff, () => saveRecord("calls", call({ subject: "Appel supprimé" }))));
    ok(await as(manager, () => removeRecord("calls", { id })));
    const open = await activityPage({ parent: { module: "clients", id: clientId }, state: "open", cursor: null, before: false, user: staff, take: 50 });
    expect(open.rows.map((r) => r.id)).not.toContain(id);
  });
});

describe("Kanban move", () => {
  it("saves the new status with the card's version and refuses a stale one", async () => {
    const { id } = ok(await as(staff, () => saveRecord("tasks", task({ subject: "Carte" }))));
    const moved = await as(staff, () => moveTask({ id, version: 1, status: "pending" }));
    expect(moved).toEqual({ ok: true, data: { id, version: 2 } });
    const stale = await as(colleague, () => moveTask({ id, version: 1, status: "completed" }));
    expect(stale).toMatchObject({ ok: false, error: "records.conflict" });
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending", version: 2 });
    const columns = await kanbanColumns(staff, { mine: false, assignee: null, priority: "high" });
    expect(columns.map((c) => c.status)).toEqual(["notStarted", "inProgress", "completed", "pending"]);
    expect(columns[3].cards.map((c) => c.id)).toContain(id);
  });

  it("refuses without a session, without the right, out of scope and with a bad status", async () => {
    const { id } = ok(await as(staff, () => saveRecord("tasks", task({ subject: "Protégée" }))));
    expect(await as(null, () => moveTask({ id, version: 1, status: "completed" }))).toEqual({ ok: false, error: "errors.unauthenticated" });
    const guest = { ...staff, role: "guest" } as unknown as CurrentUser;
    expect(await as(guest, () => moveTask({ id, version: 1, status: "completed" }))).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await as(staff, () => moveTask({ id, version: 1, status: "done" }))).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await as(staff, () => moveTask({ id, version: 1, status: "completed", subject: "x" }))).toMatchObject({ ok: false, error: "errors.invalid" });
    // A client's id is not a task: the move reads the task table only, in the user's scope.
    expect(await as(staff, () => moveTask({ id: clientId, version: 1, status: "completed" }))).toMatchObject({ ok: false, error: "errors.notFound" });
    ok(await as(manager, () => removeRecord("tasks", { id })));
    expect(await as(staff, () => moveTask({ id, version: 1, status: "completed" }))).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await getDb().task.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "inProgress", version: 1 });
  });

  it("refuses the activity modules' shared actions without a session", async () => {
    for (const key of ["calls", "meetings", "tasks"]) {
      expect(await as(null, () => saveRecord(key, { subject: "x" }))).toEqual({ ok: false, error: "errors.unauthenticated" });
    }
  });

  it("filters by « Mes éléments » and assignee", async () => {
    await as(staff, () => saveRecord("tasks", task({ subject: "À Jaaji", assignedUserId: colleague.id })));
    const mine = await kanbanColumns(colleague, { mine: true, assignee: null, priority: null });
    expect(mine.flatMap((c) => c.cards).map((c) => c.subject)).toEqual(["À Jaaji"]);
    const byAssignee = await kanbanColumns(staff, { mine: false, assignee: colleague.id, priority: null });
    expect(byAssignee.flatMap((c) => c.cards).map((c) => c.subject)).toEqual(["À Jaaji"]);
  });
});

describe("dashlets", () => {
  it("finds today in the user's time zone and lists my calls, meetings I am invited to, and open tasks overdue first", async () => {
    const now = new Date("2026-12-10T04:30:00Z"); // 23:30 on 9 December in Iqaluit
    expect(todayRange("America/Iqaluit", now)).toEqual({ start: new Date("2026-12-09T05:00:00Z"), end: new Date("2026-12-10T05:00:00Z") });
    await as(staff, async () => {
      ok(await saveRecord("calls", call({ subject: "Appel du 9", startAt: "2026-12-09T08:00", assignedUserId: colleague.id })));
      ok(await saveRecord("calls", call({ subject: "Appel du 10", startAt: "2026-12-10T08:00", assignedUserId: colleague.id })));
      ok(await saveRecord("meetings", { subject: "Réunion du 9", status: "planned", startAt: "2026-12-09T07:00", relatedTo: parent("clients", clientId), assignedUserId: staff.id, invitees: [colleague.id] }));
      ok(await saveRecord("tasks", task({ subject: "Sans date", assignedUserId: colleague.id })));
      ok(await saveRecord("tasks", task({ subject: "En retard", dueAt: "2026-01-01T09:00", assignedUserId: colleague.id })));
    });
    const today = await myActivitiesToday(colleague, now);
    expect(today.map((i) => i.subject)).toEqual(["Réunion du 9", "Appel du 9"]);
    const tasks = await myOpenTasks(colleague);
    expect(tasks[0]).toMatchObject({ subject: "En retard", overdue: true });
    expect(tasks.at(-1)!.subject).toBe("Sans date");
  });
});
