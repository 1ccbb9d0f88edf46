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
import * as calendarMove from "@/lib/calendar/move-action";
import * as calendarProfile from "@/lib/calendar/profile-actions";
import * as dashboard from "@/lib/dashboard/actions";
import * as importActions from "@/lib/import/actions";
import * as accessRequests from "@/lib/privacy/access-request-actions";
import * as consents from "@/lib/privacy/consent-actions";
import * as retention from "@/lib/privacy/retention-actions";
import * as privacySettings from "@/lib/privacy/settings-actions";
import * as reportBuilder from "@/lib/reports/builder/actions";
import * as busyRoute from "@/app/api/calendar/busy/route";
import * as feedRoute from "@/app/api/calendar/feed/[token]/route";
import * as importProgressRoute from "@/app/api/import/[id]/progress/route";
import * as importReportRoute from "@/app/api/import/[id]/report/route";
import * as importUploadRoute from "@/app/api/import/upload/route";
import * as dossierRoute from "@/app/api/privacy/dossier/[clientId]/route";
import * as reportRoute from "@/app/api/reports/[report]/route";
import * as savedReportRoute from "@/app/api/reports/saved/[id]/route";

const getDb = setupTestDatabase();

/** The other person's records (another scope) and the caller's own, by module. */
type Ids = {
  client: string;
  task: string;
  doc: string;
  file: string;
  notification: string;
  user: string;
  /** The neighbour's saved report (not shared), consent and access request on their client. */
  report: string;
  consent: string;
  accessRequest: string;
  /** An import job of another manager: only its owner (and admins) may see or drive it. */
  job: string;
  /** The manager role's own import job: lets a row tell its refusal of staff from its answer to managers and admins. */
  managerJob: string;
};
type Row = {
  /** Roles allowed to call it (any signed-in user: "any"; a visitor's form: "public"). */
  roles: readonly Role[] | "any" | "public";
  /** A call that needs no particular record: refused ones must answer so and write nothing. */
  call: (ids: Ids) => Promise<unknown>;
  /** The same action aimed at another scope's records (ids in the URL and in the payload): must reveal and change nothing. */
  scoped?: (ids: Ids) => Promise<unknown>;
  /** A plain-form wrapper that redirects whatever happened: its wrapped action's row checks the answer. */
  redirects?: boolean;
  /** Refuses a role without the right as « not found » (404), its answer to another person's job, so no id is confirmed. */
  hides?: boolean;
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
  "lib/calendar/move-action.ts#moveCalendarItem": { roles: "any", call: () => calendarMove.moveCalendarItem({}), scoped: (i) => calendarMove.moveCalendarItem({ module: "tasks", id: i.task, version: 1, start: "2026-12-01T10:00" }) },
  // Sharing, unsharing and the feed token only ever touch the caller's own calendar: no other person's id to aim at.
  "lib/calendar/profile-actions.ts#shareCalendar": { roles: "any", call: () => calendarProfile.shareCalendar({}) },
  "lib/calendar/profile-actions.ts#unshareCalendar": { roles: "any", call: () => calendarProfile.unshareCalendar({}), scoped: (i) => calendarProfile.unshareCalendar({ viewerId: i.user }) },
  "lib/calendar/profile-actions.ts#shareCalendarForm": { roles: "any", redirects: true, call: () => calendarProfile.shareCalendarForm(form()) },
  "lib/calendar/profile-actions.ts#unshareCalendarForm": { roles: "any", redirects: true, call: () => calendarProfile.unshareCalendarForm(form()) },
  "lib/calendar/profile-actions.ts#issueFeedForm": { roles: "any", call: () => calendarProfile.issueFeedForm({ ok: false } as never, form({ extra: "1" })) },
  "lib/calendar/profile-actions.ts#revokeFeedForm": { roles: "any", redirects: true, call: () => calendarProfile.revokeFeedForm(form()) },
  "lib/dashboard/actions.ts#changeDashboard": { roles: "any", call: () => dashboard.changeDashboard({}), scoped: (i) => dashboard.changeDashboard({ op: "add", key: `report:${i.report}` }) },
  "lib/dashboard/actions.ts#changeDashboardForm": { roles: "any", redirects: true, call: () => dashboard.changeDashboardForm(form()), scoped: (i) => dashboard.changeDashboardForm(form({ op: "add", key: `report:${i.report}` })) },
  "lib/dashboard/actions.ts#resetDashboard": { roles: "any", call: () => dashboard.resetDashboard({ extra: 1 }) },
  "lib/dashboard/actions.ts#resetDashboardForm": { roles: "any", redirects: true, call: () => dashboard.resetDashboardForm() },
  // The wizard's steps always redirect to the job's page, with the refusal in its address (checked by `outcome`).
  "lib/import/actions.ts#saveMapping": { roles: managers, call: () => importActions.saveMapping("nothing", form()), scoped: (i) => importActions.saveMapping(i.job, form({ "col.0": "lastName" })) },
  "lib/import/actions.ts#saveValues": { roles: managers, call: () => importActions.saveValues("nothing", form()), scoped: (i) => importActions.saveValues(i.job, form()) },
  "lib/import/actions.ts#startDryRun": { roles: managers, call: () => importActions.startDryRun("nothing", form({ policy: "skip" })), scoped: (i) => importActions.startDryRun(i.job, form({ policy: "create" })) },
  "lib/import/actions.ts#startImport": { roles: managers, call: () => importActions.startImport("nothing", form()), scoped: (i) => importActions.startImport(i.job, form()) },
  "lib/import/actions.ts#undoImport": { roles: managers, call: () => importActions.undoImport("nothing", form()), scoped: (i) => importActions.undoImport(i.job, form()) },
  "lib/import/actions.ts#resumeImport": { roles: managers, call: () => importActions.resumeImport("nothing", form()), scoped: (i) => importActions.resumeImport(i.job, form()) },
  "lib/import/actions.ts#goToStep": { roles: managers, call: () => importActions.goToStep("nothing", form({ step: "map" })), scoped: (i) => importActions.goToStep(i.job, form({ step: "policy" })) },
  "lib/privacy/access-request-actions.ts#createAccessRequest": { roles: admins, call: () => accessRequests.createAccessRequest({}), scoped: (i) => accessRequests.createAccessRequest({ clientId: i.client, receivedOn: "2026-11-02" }) },
  "lib/privacy/access-request-actions.ts#setAccessRequestStatus": { roles: admins, call: () => accessRequests.setAccessRequestStatus({}), scoped: (i) => accessRequests.setAccessRequestStatus({ id: i.accessRequest, status: "done" }) },
  "lib/privacy/access-request-actions.ts#submitAccessRequest": { roles: admins, redirects: true, call: () => accessRequests.submitAccessRequest(form()), scoped: (i) => accessRequests.submitAccessRequest(form({ clientId: i.client, receivedOn: "02/11/2026" })) },
  "lib/privacy/access-request-actions.ts#submitAccessRequestStatus": { roles: admins, redirects: true, call: () => accessRequests.submitAccessRequestStatus(form()), scoped: (i) => accessRequests.submitAccessRequestStatus(form({ id: i.accessRequest, status: "done" })) },
  "lib/privacy/consent-actions.ts#recordConsent": { roles: "any", call: () => consents.recordConsent({}), scoped: (i) => consents.recordConsent({ clientId: i.client, purpose: "followUp", noticeVersion: "v1", language: "fr", method: "paper", givenOn: "2026-11-02" }) },
  "lib/privacy/consent-actions.ts#withdrawConsent": { roles: "any", call: () => consents.withdrawConsent({}), scoped: (i) => consents.withdrawConsent({ clientId: i.client, consentId: i.consent, withdrawnOn: "2026-11-03" }) },
  "lib/privacy/consent-actions.ts#submitConsent": { roles: "any", redirects: true, call: () => consents.submitConsent(form()), scoped: (i) => consents.submitConsent(form({ clientId: i.client, purpose: "followUp", noticeVersion: "v1", language: "fr", method: "paper", givenOn: "02/11/2026" })) },
  "lib/privacy/consent-actions.ts#submitWithdrawal": { roles: "any", redirects: true, call: () => consents.submitWithdrawal(form()), scoped: (i) => consents.submitWithdrawal(form({ clientId: i.client, consentId: i.consent, withdrawnOn: "03/11/2026" })) },
  "lib/privacy/retention-actions.ts#legalHoldAction": { roles: admins, call: () => retention.legalHoldAction({}), scoped: (i) => retention.legalHoldAction({ clientId: i.client, hold: "yes" }) },
  "lib/privacy/retention-actions.ts#retentionAction": { roles: admins, call: () => retention.retentionAction({}), scoped: (i) => retention.retentionAction({ clientId: i.client, op: "erase" }) },
  "lib/privacy/retention-actions.ts#submitLegalHold": { roles: admins, redirects: true, call: () => retention.submitLegalHold(form()), scoped: (i) => retention.submitLegalHold(form({ clientId: i.client, hold: "yes" })) },
  "lib/privacy/retention-actions.ts#submitRetention": { roles: admins, redirects: true, call: () => retention.submitRetention(form()), scoped: (i) => retention.submitRetention(form({ clientId: i.client, op: "anonymise" })) },
  "lib/privacy/settings-actions.ts#updatePrivacySettings": { roles: admins, call: () => privacySettings.updatePrivacySettings({}) },
  "lib/privacy/settings-actions.ts#emptyRecycleBin": { roles: admins, call: () => privacySettings.emptyRecycleBin({}) },
  "lib/privacy/settings-actions.ts#submitPrivacySettings": { roles: admins, redirects: true, call: () => privacySettings.submitPrivacySettings(form()) },
  "lib/privacy/settings-actions.ts#submitEmptyBin": { roles: admins, redirects: true, call: () => privacySettings.submitEmptyBin(form()) },
  "lib/reports/builder/actions.ts#saveReport": { roles: "any", call: () => reportBuilder.saveReport({}), scoped: (i) => reportBuilder.saveReport({ id: i.report, version: 1, name: "Volé", module: "clients" }) },
  "lib/reports/builder/actions.ts#deleteReport": { roles: "any", call: () => reportBuilder.deleteReport({}), scoped: (i) => reportBuilder.deleteReport({ id: i.report }) },
  "lib/reports/builder/actions.ts#saveReportForm": { roles: "any", redirects: true, call: () => reportBuilder.saveReportForm(form()), scoped: (i) => reportBuilder.saveReportForm(form({ id: i.report, version: "1", name: "Volé", module: "clients" })) },
  "lib/reports/builder/actions.ts#deleteReportForm": { roles: "any", redirects: true, call: () => reportBuilder.deleteReportForm(form()), scoped: (i) => reportBuilder.deleteReportForm(form({ id: i.report })) },
  "app/api/calendar/busy/route.ts#GET": { roles: "any", call: () => busyRoute.GET(get("/api/calendar/busy?date=nope")), scoped: (i) => busyRoute.GET(get(`/api/calendar/busy?date=2026-12-01&users=${i.user}`)) },
  // Calendar applications have no session: the token is the key, and a wrong one is a 404 for everybody.
  "app/api/calendar/feed/[token]/route.ts#GET": { roles: "public", call: () => feedRoute.GET(get("/api/calendar/feed/x.ics"), params({ token: `${"x".repeat(43)}.ics` })) },
  // Another person's job is answered « not found », like a missing one (its existence is not confirmed).
  "app/api/import/[id]/progress/route.ts#GET": { roles: managers, hides: true, call: (i) => importProgressRoute.GET(get(`/api/import/${i.managerJob}/progress`), params({ id: i.managerJob })), scoped: (i) => importProgressRoute.GET(get(`/api/import/${i.job}/progress`), params({ id: i.job })) },
  "app/api/import/[id]/report/route.ts#GET": { roles: managers, hides: true, call: (i) => importReportRoute.GET(get(`/api/import/${i.managerJob}/report`), params({ id: i.managerJob })), scoped: (i) => importReportRoute.GET(get(`/api/import/${i.job}/report?dry=1`), params({ id: i.job })) },
  "app/api/import/upload/route.ts#POST": { roles: managers, call: () => importUploadRoute.POST(uploadRequest({ module: "clients", locale: "fr" }, [])) },
  "app/api/privacy/dossier/[clientId]/route.ts#GET": { roles: admins, call: () => dossierRoute.GET(get("/api/privacy/dossier/nothing"), params({ clientId: "nothing" })), scoped: (i) => dossierRoute.GET(get(`/api/privacy/dossier/${i.client}?lang=fr`), params({ clientId: i.client })) },
  "app/api/reports/[report]/route.ts#GET": { roles: "any", logs: true, call: () => reportRoute.GET(get("/api/reports/activities?lang=en"), params({ report: "activities" })), scoped: () => reportRoute.GET(get("/api/reports/activities?lang=fr"), params({ report: "activities" })) },
  "app/api/reports/saved/[id]/route.ts#GET": { roles: "any", call: () => savedReportRoute.GET(get("/api/reports/saved/nothing"), params({ id: "nothing" })), scoped: (i) => savedReportRoute.GET(get(`/api/reports/saved/${i.report}?lang=fr`), params({ id: i.report })) },
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
    // A plain form that comes back with the refusal in the address (the import wizard's steps) was denied.
    const denied = /[?&]error=errors\.(unauthenticated|forbidden|passwordChangeRequired)\b/.test(digest);
    if (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { denied, refused: denied || digest.includes("404"), redirected: true, text: digest };
    throw error;
  }
  if (answer instanceof Response) {
    // A plain multipart post (the import upload) sends a visitor with no session to the sign-in page.
    const toSignIn = answer.status === 303 && /\/login\b/.test(answer.headers.get("location") ?? "");
    const denied = [401, 403].includes(answer.status) || toSignIn;
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
  const [people, setting, lists, access, files, unread, favourites, jobs, reports, shares, dashboards, consentRows, requests, holds] = await Promise.all([
    d.user.findMany({ select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true, locale: true, emailReminders: true }, orderBy: { id: "asc" } }),
    d.setting.findMany({ orderBy: { key: "asc" } }),
    d.picklistValue.findMany({ orderBy: { id: "asc" } }),
    d.roleAccess.findMany({ orderBy: [{ role: "asc" }, { key: "asc" }] }),
    d.storedFile.findMany({ select: { id: true, deletedAt: true }, orderBy: { id: "asc" } }),
    d.notification.findMany({ select: { id: true, readAt: true }, orderBy: { id: "asc" } }),
    d.favorite.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    // Rows changed in place (not counted, not versioned like records): an import job's choices, a saved report.
    d.importJob.findMany({ select: { id: true, mapping: true, valueMap: true, policy: true, step: true, mode: true, status: true }, orderBy: { id: "asc" } }),
    d.savedReport.findMany({ select: { id: true, version: true, name: true, ownerId: true }, orderBy: { id: "asc" } }),
    d.calendarShare.findMany({ select: { ownerId: true, viewerId: true, level: true }, orderBy: { id: "asc" } }),
    d.dashboardPreference.findMany({ select: { userId: true, dashlets: true }, orderBy: { userId: "asc" } }),
    d.clientConsent.findMany({ select: { id: true, withdrawnAt: true }, orderBy: { id: "asc" } }),
    d.accessRequest.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    d.client.findMany({ select: { id: true, legalHold: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ counts, records, people, setting, lists, access, files, unread, favourites, jobs, reports, shares, dashboards, consentRows, requests, holds });
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
  const report = await getDb().savedReport.create({ data: { ownerId: neighbour.id, name: `${SECRET} rapport`, module: "clients", columns: JSON.stringify(["lastName"]) } });
  const consent = await getDb().clientConsent.create({
    data: { clientId: client.id, purpose: "followUp", noticeVersion: "v1", language: "fr", method: "paper", givenOn: "2026-11-01", recordedById: neighbour.id, recordedBy: neighbour.name },
  });
  const request = await getDb().accessRequest.create({ data: { clientId: client.id, clientName: SECRET, receivedOn: "2026-11-01", dueOn: "2026-12-01", handledById: neighbour.id, handledBy: neighbour.name } });
  // Another coordinator's import (managers may import, but only their own jobs); its rows name the neighbour's client.
  const coordinator = await makeUser(getDb(), { role: "manager", name: "Coordonnatrice Voisine" });
  const importJob = (userId: string) =>
    getDb().importJob.create({
      data: { module: "clients", userId, fileName: "voisine.csv", encoding: "utf-8", delimiter: ",", headers: JSON.stringify(["Nom"]), content: `Nom\r\n${SECRET}\r\n`, rowCount: 1, mapping: JSON.stringify(["lastName"]) },
    });
  const job = await importJob(coordinator.id);
  const managerJob = await importJob(byRole.manager.id);
  theirs = { client: client.id, task: task.id, doc: doc.id, file: file.id, notification: notification.id, user: neighbour.id, report: report.id, consent: consent.id, accessRequest: request.id, job: job.id, managerJob: managerJob.id };
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
        expect({ role, ...out }).toMatchObject(row.hides ? { role, refused: true } : { role, denied: true });
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
