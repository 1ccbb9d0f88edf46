/** @jest-environment node */
// The table-driven access-control test (issue 14): every server action (each export of a "use server" file) and
// every route handler (each method of app/**/route.ts) has one row below, found on disk: a new action without a
// row fails the first test. Each row is called with no session and with each role, and the scoped ones as a
// staff member (and a manager) whose scope is "own" with another person's record ids in the URL and in the
// payload. A refused call must say so and write nothing: every table's row count, every record's version and
// bin state, users, settings, lists and the access matrix are compared before and after.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import { uploadRequest } from "@/tests/helpers/files";
import { PDF } from "@/tests/fixtures/files/samples";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));
jest.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));
jest.mock("next-intl/server", () => ({ getLocale: async () => "fr", getTranslations: async () => (key: string) => key }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser(), peekCurrentUser: () => currentUser() }));
jest.mock("@/lib/files/store", () => {
  const { LocalFileStore } = jest.requireActual("@/lib/files/local-store");
  const store = new LocalFileStore(`${jest.requireActual("node:os").tmpdir()}/crm-acl-${process.pid}-${Date.now()}`);
  return { fileStore: () => store, filesDir: "unused" };
});

import { Prisma } from "@/generated/prisma/client";
import { invalidateAccess } from "@/lib/auth/access";
import { MODULES } from "@/lib/modules/registry";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { saveRecord as writeRecord } from "@/lib/records/service";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import * as recordActions from "@/lib/records/actions";
import * as kanban from "@/lib/activities/kanban-actions";
import * as accessActions from "@/lib/auth/access-actions";
import * as publicActions from "@/lib/auth/public-actions";
import * as fileSettings from "@/lib/files/settings-actions";
import * as kioskRecipients from "@/lib/kiosk/recipient-actions";
import * as listTools from "@/lib/list-tools/actions";
import * as bulk from "@/lib/list-tools/bulk-actions";
import * as search from "@/lib/list-tools/search-action";
import * as documentLinks from "@/lib/modules/documents/link-actions";
import * as activityNumbers from "@/lib/modules/services/activity-actions";
import * as notifications from "@/lib/notifications/actions";
import * as colleagues from "@/lib/notifications/colleague-actions";
import * as bookmarks from "@/lib/records/bookmark-actions";
import * as picklists from "@/lib/records/picklist-actions";
import * as settings from "@/lib/settings-actions";
import * as users from "@/lib/users/actions";
import * as exportRoute from "@/app/api/export/[module]/route";
import * as downloadRoute from "@/app/api/files/[id]/route";
import * as uploadRoute from "@/app/api/files/upload/route";
import * as countRoute from "@/app/api/notifications/count/route";
import * as registrationRoute from "@/app/api/registration/route";

const getDb = setupTestDatabase();

/** The other person's records (another scope) and the caller's own, by module. */
type Ids = { client: string; task: string; doc: string; file: string; notification: string; user: string };
type Row = {
  /** Roles allowed to call it (any signed-in user: "any"; a visitor's form: "public"). */
  roles: readonly Role[] | "any" | "public";
  /** A call that needs no particular record: refused ones must answer so and write nothing. */
  call: (ids: Ids) => Promise<unknown>;
  /** The same action aimed at another scope's records (ids in the URL and in the payload): must reveal and change nothing. */
  scoped?: (ids: Ids) => Promise<unknown>;
  /** A plain-form wrapper that redirects whatever happened: its wrapped action's row checks the answer. */
  redirects?: boolean;
  /** Its answer to another scope's ids is still an audited event (an export of nothing, a bulk run with no row done). */
  logs?: boolean;
};

const form = (values: Record<string, string> = {}) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
};
const clientInput = (extra: Record<string, unknown> = {}) => ({ lastName: "Inuksuk", firstName: "Test", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1", ...extra });
const get = (url: string) => new Request(`http://localhost${url}`);
const params = <T extends object>(p: T) => ({ params: Promise.resolve(p) });
const admins = ["admin"] as const;
const managers = ["manager", "admin"] as const;

// One row per action and route method, keyed "<file>#<export>". Adding a row is one line.
const ROWS: Record<string, Row> = {
  "lib/records/actions.ts#saveRecord": { roles: "any", call: () => recordActions.saveRecord("clients", {}), scoped: (i) => recordActions.saveRecord("clients", clientInput({ id: i.client, version: 1 })) },
  "lib/records/actions.ts#saveRecordField": { roles: "any", call: () => recordActions.saveRecordField("clients", {}), scoped: (i) => recordActions.saveRecordField("clients", { id: i.client, version: 1, field: "lastName", value: "Volé" }) },
  "lib/records/actions.ts#removeRecord": { roles: managers, call: () => recordActions.removeRecord("clients", {}), scoped: (i) => recordActions.removeRecord("clients", { id: i.client }) },
  "lib/records/actions.ts#restoreRecordAction": { roles: admins, call: () => recordActions.restoreRecordAction({}) },
  "lib/records/actions.ts#findRecordDuplicates": { roles: "any", call: () => recordActions.findRecordDuplicates("clients", { lastName: "Secret" }), scoped: () => recordActions.findRecordDuplicates("clients", { lastName: "Secret", firstName: "Voisine" }) },
  "lib/records/actions.ts#searchRecords": { roles: "any", call: () => recordActions.searchRecords("clients", { q: "" }), scoped: () => recordActions.searchRecords("clients", { q: "Secret" }) },
  "lib/records/actions.ts#linkRecord": { roles: "any", call: () => recordActions.linkRecord("documents", {}), scoped: (i) => recordActions.linkRecord("documents", { id: i.doc, via: "parent", parentId: null }) },
  "lib/records/actions.ts#quickView": { roles: "any", call: () => recordActions.quickView("clients", {}), scoped: (i) => recordActions.quickView("clients", { id: i.client }) },
  "lib/records/actions.ts#submitRecordForm": { roles: "any", call: () => recordActions.submitRecordForm("clients", { result: null, values: {} }, form()), scoped: (i) => recordActions.submitRecordForm("clients", { result: null, values: {} }, form({ id: i.client, version: "1", lastName: "Volé", fileStatus: "open", clientStatus: "newcomer" })) },
  "lib/activities/kanban-actions.ts#moveTask": { roles: "any", call: () => kanban.moveTask({}), scoped: (i) => kanban.moveTask({ id: i.task, version: 1, status: "completed" }) },
  "lib/activities/kanban-actions.ts#moveTaskForm": { roles: "any", redirects: true, call: () => kanban.moveTaskForm(form()), scoped: (i) => kanban.moveTaskForm(form({ id: i.task, version: "1", status: "completed" })) },
  "lib/auth/access-actions.ts#savePermissions": { roles: admins, redirects: true, call: () => accessActions.savePermissions(form({ "staff.clients.read": "1" })) },
  "lib/auth/public-actions.ts#forgotPassword": { roles: "public", call: () => publicActions.forgotPassword({}) },
  "lib/auth/public-actions.ts#setNewPassword": { roles: "public", call: () => publicActions.setNewPassword({}) },
  "lib/auth/public-actions.ts#signInForm": { roles: "public", call: () => publicActions.signInForm({ ok: false } as never, form()) },
  "lib/auth/public-actions.ts#forgotPasswordForm": { roles: "public", call: () => publicActions.forgotPasswordForm({ ok: false } as never, form()) },
  "lib/auth/public-actions.ts#setNewPasswordForm": { roles: "public", call: () => publicActions.setNewPasswordForm({ ok: false } as never, form()) },
  "lib/files/settings-actions.ts#updateFileSettings": { roles: admins, call: () => fileSettings.updateFileSettings({}) },
  "lib/kiosk/recipient-actions.ts#saveVisitRecipients": { roles: admins, call: () => kioskRecipients.saveVisitRecipients({}) },
  "lib/kiosk/recipient-actions.ts#submitVisitRecipients": { roles: admins, redirects: true, call: () => kioskRecipients.submitVisitRecipients(form()) },
  "lib/list-tools/actions.ts#saveFilter": { roles: "any", call: () => listTools.saveFilter("clients", {}) },
  "lib/list-tools/actions.ts#updateFilter": { roles: "any", call: () => listTools.updateFilter("clients", {}) },
  "lib/list-tools/actions.ts#saveColumns": { roles: "any", call: () => listTools.saveColumns("clients", {}) },
  "lib/list-tools/bulk-actions.ts#bulkMatching": { roles: "any", call: () => bulk.bulkMatching("clients", {}), scoped: () => bulk.bulkMatching("clients", { query: "" }) },
  "lib/list-tools/bulk-actions.ts#bulkApply": { roles: "any", logs: true, call: () => bulk.bulkApply("clients", {}), scoped: (i) => bulk.bulkApply("clients", { op: "update", items: [{ id: i.client, version: 1 }], values: { fileStatus: "closed" } }) },
  "lib/list-tools/search-action.ts#searchEverywhere": { roles: "any", call: () => search.searchEverywhere({}), scoped: () => search.searchEverywhere({ q: "Secret" }) },
  "lib/modules/documents/link-actions.ts#linkDocument": { roles: "any", call: () => documentLinks.linkDocument("clients", "x", {}), scoped: (i) => documentLinks.linkDocument("clients", i.client, { id: i.doc, parentId: i.client }) },
  "lib/modules/services/activity-actions.ts#updateActivityNumber": { roles: managers, call: () => activityNumbers.updateActivityNumber({}) },
  "lib/modules/services/activity-actions.ts#submitActivityNumber": { roles: managers, redirects: true, call: () => activityNumbers.submitActivityNumber(form()) },
  "lib/notifications/actions.ts#markNotificationRead": { roles: "any", call: () => notifications.markNotificationRead({}), scoped: (i) => notifications.markNotificationRead({ id: i.notification }) },
  "lib/notifications/actions.ts#markAllNotificationsRead": { roles: "any", call: () => notifications.markAllNotificationsRead({ extra: 1 }) },
  "lib/notifications/actions.ts#loadBell": { roles: "any", call: () => notifications.loadBell({ extra: 1 }), scoped: () => notifications.loadBell({}) },
  "lib/notifications/actions.ts#markReadForm": { roles: "any", redirects: true, call: () => notifications.markReadForm(form()), scoped: (i) => notifications.markReadForm(form({ id: i.notification })) },
  "lib/notifications/actions.ts#markAllReadForm": { roles: "any", redirects: true, call: () => notifications.markAllReadForm(form()) },
  "lib/notifications/actions.ts#saveEmailPreferences": { roles: "any", call: () => notifications.saveEmailPreferences({ extra: 1 }) },
  "lib/notifications/actions.ts#emailPreferencesForm": { roles: "any", redirects: true, call: () => notifications.emailPreferencesForm(form({ extra: "1" })) },
  "lib/notifications/colleague-actions.ts#searchColleagues": { roles: "any", call: () => colleagues.searchColleagues({ extra: 1 }) },
  "lib/records/bookmark-actions.ts#toggleFavorite": { roles: "any", call: () => bookmarks.toggleFavorite({}), scoped: (i) => bookmarks.toggleFavorite({ module: "clients", id: i.client }) },
  "lib/records/picklist-actions.ts#addPicklistValue": { roles: admins, call: () => picklists.addPicklistValue({}) },
  "lib/records/picklist-actions.ts#updatePicklistValue": { roles: admins, call: () => picklists.updatePicklistValue({}) },
  "lib/settings-actions.ts#updateSettings": { roles: admins, call: () => settings.updateSettings({}) },
  "lib/users/actions.ts#createUser": { roles: admins, call: () => users.createUser({}) },
  "lib/users/actions.ts#updateUser": { roles: admins, call: () => users.updateUser({}), scoped: (i) => users.updateUser({ id: i.user, name: "Volé", email: "vole@exemple.test", role: "admin", locale: "fr" }) },
  "lib/users/actions.ts#setUserActive": { roles: admins, call: () => users.setUserActive({}), scoped: (i) => users.setUserActive({ id: i.user, active: false }) },
  "lib/users/actions.ts#updateProfile": { roles: "any", call: () => users.updateProfile({ extra: 1 }) },
  "lib/users/actions.ts#changePassword": { roles: "any", call: () => users.changePassword({ extra: 1 }) },
  "lib/users/actions.ts#updatePreferences": { roles: "any", call: () => users.updatePreferences({ extra: 1 }) },
  "app/api/export/[module]/route.ts#GET": { roles: "any", logs: true, call: () => exportRoute.GET(get("/api/export/clients?lang=xx"), params({ module: "clients" })), scoped: (i) => exportRoute.GET(get(`/api/export/clients?lang=en&ids=${i.client}&cols=lastName,firstName`), params({ module: "clients" })) },
  "app/api/files/[id]/route.ts#GET": { roles: "any", call: () => downloadRoute.GET(get("/api/files/nothing"), params({ id: "nothing" })), scoped: (i) => downloadRoute.GET(get(`/api/files/${i.file}`), params({ id: i.file })) },
  "app/api/files/upload/route.ts#POST": {
    roles: "any",
    call: () => uploadRoute.POST(uploadRequest({}, [])),
    scoped: (i) => uploadRoute.POST(uploadRequest({ intent: "create", module: "documents", parentModule: "clients", parentId: i.client }, [{ name: "vol.pdf", bytes: PDF }], { origin: "http://localhost" })),
  },
  "app/api/notifications/count/route.ts#GET": { roles: "any", call: () => countRoute.GET() },
  "app/api/registration/route.ts#POST": { roles: "public", call: () => registrationRoute.POST(new Request("http://localhost/api/registration", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }) as never) },
};
// next-auth's own handler only reads and ends sessions (signing in is signInForm above): covered by tests/integration/auth.test.ts.
const EXEMPT = new Set(["app/api/auth/[...nextauth]/route.ts#GET", "app/api/auth/[...nextauth]/route.ts#POST"]);

const ROOT = join(__dirname, "..", "..");
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
function discovered(): string[] {
  const found: string[] = [];
  for (const path of ["app", "lib", "components"].flatMap((d) => sources(join(ROOT, d)))) {
    const text = readFileSync(path, "utf8");
    const file = relative(ROOT, path).split("\\").join("/");
    if (/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(text)) {
      for (const m of text.matchAll(/^export\s+(?:async\s+function|function|const|let)\s+(\w+)/gm)) found.push(`${file}#${m[1]}`);
    }
    if (/\/route\.tsx?$/.test(file)) {
      for (const m of text.matchAll(/^export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm)) found.push(`${file}#${m[1]}`);
      for (const m of text.matchAll(/^export\s*\{([^}]*)\}/gm)) for (const part of m[1].matchAll(/as\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) found.push(`${file}#${part[1]}`);
    }
  }
  return found.sort();
}

const DENIALS = new Set(["errors.unauthenticated", "errors.forbidden", "errors.passwordChangeRequired"]);
/** `denied`: no session or no right; `refused`: that, or out of scope / unknown ("not found", 404). */
type Outcome = { denied: boolean; refused: boolean; redirected: boolean; text: string };
async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  let answer: unknown;
  try {
    answer = await run();
  } catch (error) {
    const digest = String((error as { digest?: unknown })?.digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { denied: false, refused: digest.includes("404"), redirected: true, text: digest };
    throw error;
  }
  if (answer instanceof Response) {
    const denied = [401, 403].includes(answer.status);
    return { denied, refused: denied || answer.status === 404, redirected: false, text: `${answer.status} ${await answer.clone().text()}` };
  }
  const result = answer && typeof answer === "object" && "result" in answer ? (answer as { result: unknown }).result : answer;
  const r = result as { ok?: boolean; error?: string } | null;
  const denied = !!r && r.ok === false && DENIALS.has(String(r.error));
  return { denied, refused: denied || (!!r && r.ok === false && r.error === "errors.notFound"), redirected: false, text: JSON.stringify(answer) ?? "" };
}

/** Everything a refused call must leave as it was. */
async function fingerprint(): Promise<string> {
  const db = getDb() as unknown as Record<string, { count: () => Promise<number> }>;
  const counts = await Promise.all(Object.values(Prisma.ModelName).map(async (m) => [m, await db[m[0].toLowerCase() + m.slice(1)].count()]));
  const records = await Promise.all(Object.values(MODULES).map((model) => model.table(getDb()).findMany({ select: { id: true, version: true, deletedAt: true }, orderBy: { id: "asc" } })));
  const d = getDb();
  const [people, setting, lists, access, files, unread, favourites] = await Promise.all([
    d.user.findMany({ select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true, locale: true, emailReminders: true }, orderBy: { id: "asc" } }),
    d.setting.findMany({ orderBy: { key: "asc" } }),
    d.picklistValue.findMany({ orderBy: { id: "asc" } }),
    d.roleAccess.findMany({ orderBy: [{ role: "asc" }, { key: "asc" }] }),
    d.storedFile.findMany({ select: { id: true, deletedAt: true }, orderBy: { id: "asc" } }),
    d.notification.findMany({ select: { id: true, readAt: true }, orderBy: { id: "asc" } }),
    d.favorite.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ counts, records, people, setting, lists, access, files, unread, favourites });
}

/** A fingerprint without the audit log's row count, for calls whose refusal is itself logged (export, « Action Lot »). */
function withoutLog(print: string, logs?: boolean) {
  const parsed = JSON.parse(print) as { counts: [string, number][] };
  return logs ? { ...parsed, counts: parsed.counts.filter(([model]) => model !== "AuditLog") } : parsed;
}

let byRole: Record<Role, CurrentUser>;
let neighbour: CurrentUser;
let theirs: Ids;
const SECRET = "Secret-Voisine";

beforeAll(async () => {
  await ensureDefaultPicklists();
  byRole = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, asCurrentUser(await makeUser(getDb(), { role, name: `Rôle ${role}` }))]))) as Record<Role, CurrentUser>;
  neighbour = asCurrentUser(await makeUser(getDb(), { role: "staff", name: "Agente Voisine" }));
  const save = (module: keyof typeof MODULES, values: Record<string, unknown>) => writeRecord(MODULES[module], MODULES[module].schema.parse(values) as never, neighbour);
  const client = await save("clients", { lastName: SECRET, firstName: "Voisine", fileStatus: "open", clientStatus: "newcomer", assignedUserId: neighbour.id });
  const task = await save("tasks", { subject: `${SECRET} tâche`, status: "notStarted", assignedUserId: neighbour.id, relatedTo: JSON.stringify({ module: "clients", id: client.id }) });
  const doc = await save("documents", { name: `${SECRET} document`, parent: JSON.stringify({ module: "clients", id: client.id }) });
  const file = await getDb().storedFile.create({ data: { storageKey: `acl-${Date.now()}`, name: "secret.pdf", mime: "application/pdf", size: 4, module: "documents", recordId: doc.id, createdById: neighbour.id } });
  const notification = await getDb().notification.create({ data: { userId: neighbour.id, kind: "assigned", module: "clients", recordId: client.id, title: SECRET, excerpt: "" } });
  theirs = { client: client.id, task: task.id, doc: doc.id, file: file.id, notification: notification.id, user: neighbour.id };
});

describe("access-control table", () => {
  it("has a row for every server action and route handler, and none for anything that is gone", () => {
    const found = discovered();
    expect(found.length).toBeGreaterThan(40);
    expect(found.filter((k) => !Object.hasOwn(ROWS, k) && !EXEMPT.has(k))).toEqual([]);
    expect(Object.keys(ROWS).filter((k) => !found.includes(k))).toEqual([]);
  });

  it.each(Object.keys(ROWS))("%s: refused without a session, nothing written", async (key) => {
    const row = ROWS[key];
    currentUser.mockResolvedValue(null);
    const before = await fingerprint();
    const out = await outcome(() => row.call(theirs));
    if (row.roles !== "public" && !row.redirects) expect(out).toMatchObject({ denied: true });
    expect(out.text).not.toContain(SECRET);
    expect(JSON.parse(await fingerprint())).toEqual(JSON.parse(before));
  });

  it.each(Object.keys(ROWS).filter((k) => ROWS[k].roles !== "public"))("%s: each role gets exactly its rights", async (key) => {
    const row = ROWS[key];
    for (const role of ROLES) {
      currentUser.mockResolvedValue(byRole[role]);
      const allowed = row.roles === "any" || (row.roles as readonly string[]).includes(role);
      const before = await fingerprint();
      const out = await outcome(() => row.call(theirs));
      if (row.redirects) continue;
      if (allowed) expect({ role, denied: out.denied }).toEqual({ role, denied: false });
      else {
        expect({ role, ...out }).toMatchObject({ role, denied: true });
        expect(JSON.parse(await fingerprint())).toEqual(JSON.parse(before));
      }
    }
  });

  describe("with another scope's record ids", () => {
    beforeAll(async () => {
      // Staff and managers reach only their own records in every module.
      for (const role of ["staff", "manager"]) for (const key of Object.keys(MODULES)) await getDb().roleAccess.create({ data: { role, key: `${key}.scope`, value: "own" } });
      invalidateAccess();
    });
    afterAll(async () => {
      await getDb().roleAccess.deleteMany();
      invalidateAccess();
    });

    it.each(Object.keys(ROWS).filter((k) => ROWS[k].scoped))("%s: reveals and changes nothing", async (key) => {
      const row = ROWS[key];
      for (const role of ["staff", "manager"] as const) {
        currentUser.mockResolvedValue(byRole[role]);
        const before = await fingerprint();
        const out = await outcome(() => row.scoped!(theirs));
        // The ids the caller sent may come back (« not found: <id> »); what the records hold never does.
        expect(out.text).not.toContain(SECRET);
        expect(withoutLog(await fingerprint(), row.logs)).toEqual(withoutLog(before, row.logs));
      }
    });
  });
});
