// The same operations through the app's own query functions, in this process: the record layer's list and
// search (lib/records/list.ts through the clients model), a record's detail and its activity subpanels
// (lib/activities/subpanel.ts), the calendar's month (lib/calendar/items.ts), the CSV export stream and the save flow.
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ListParams } from "@/lib/records/types";
import { PAGE, type ListFilter } from "./floor";

export async function benchUser(db: import("@/lib/db-client").Db, id: string): Promise<CurrentUser> {
  const u = await db.user.findUniqueOrThrow({ where: { id } });
  return { id: u.id, name: u.name, email: u.email, role: u.role as CurrentUser["role"], locale: "fr", darkMode: false, compact: false, timeZone: "America/Iqaluit", ownTimeZone: null, sessionId: "bench" };
}

export const listQuery = (f: ListFilter) => `f.fileStatus=in&f.fileStatus.v=${f.fileStatus}&f.clientStatus=in&f.clientStatus.v=${f.clientStatus}`;

// Loaded once: under tsx every import() is a round trip to its loader thread, which would be timed with each call.
let libs: Promise<[typeof import("@/lib/modules/registry"), typeof import("@/lib/list-tools/query"), typeof import("@/lib/records/keyset"), typeof import("@/lib/activities/subpanel")]> | null = null;
const lib = () => (libs ??= Promise.all([import("@/lib/modules/registry"), import("@/lib/list-tools/query"), import("@/lib/records/keyset"), import("@/lib/activities/subpanel")]));

export async function listParams(query: string, cursor: { sortName: string; id: string } | null): Promise<ListParams> {
  const [{ MODULES }, { listStateOf }, { encodeCursor }] = await lib();
  return { ...listStateOf(MODULES.clients.def, query), locale: "fr", size: PAGE, cursor: cursor ? encodeCursor({ v: cursor.sortName, id: cursor.id }) : null };
}

export async function clientList(params: ListParams, user: CurrentUser) {
  const [{ MODULES }] = await lib();
  return MODULES.clients.list(params, user);
}

export async function clientDetail(id: string, user: CurrentUser) {
  const [{ MODULES }, , , { activityPage }] = await lib();
  const parent = { module: "clients", id };
  const [detail, open, done] = await Promise.all([
    MODULES.clients.detail(id, user),
    activityPage({ parent, state: "open", cursor: null, before: false, user, take: 10 }),
    activityPage({ parent, state: "done", cursor: null, before: false, user, take: 10 }),
  ]);
  if (!detail) throw new Error(`client ${id} not found`);
  return { detail, open, done };
}

/** The calendar's month view (lib/calendar/month.ts, what /calendar reads): the first calls, meetings and tasks of
 * each day of the visible weeks of `firstDay`'s month on the owners' calendars, seen by `viewer` with details. */
export async function calendarMonth(firstDay: string, viewer: CurrentUser, ownerIds: readonly string[]): Promise<number> {
  const [{ calendarMonthItems }, { visibleRange }] = await calendarLibs();
  const range = visibleRange("month", firstDay, viewer.timeZone);
  return (await calendarMonthItems(viewer, ownerIds.map((ownerId) => ({ ownerId, level: "details" as const })), range)).items.length;
}
let calendar: Promise<[typeof import("@/lib/calendar/month"), typeof import("@/lib/calendar/range")]> | null = null;
const calendarLibs = () => (calendar ??= Promise.all([import("@/lib/calendar/month"), import("@/lib/calendar/range")]));
