import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canModule, readScopeKind } from "@/lib/auth/access";
import { recordScope } from "@/lib/records/scope";
import { parseJsonArray } from "@/lib/records/display";
import { modelOf } from "@/lib/modules/registry";
import { tzOffset } from "@date-fns/tz";
import type { ShareLevel } from "@/lib/calendar/share-rules";

export const CALENDAR_MODULES = ["calls", "meetings", "tasks"] as const;
export type CalendarModule = (typeof CALENDAR_MODULES)[number];

/** One block on one person's calendar. A busy-only block carries no subject, record, link or id. */
export type CalendarItem = {
  key: string;
  ownerId: string;
  /** Wall times "YYYY-MM-DDTHH:mm" in the viewer's zone. */
  start: string;
  end: string;
} & (
  | { busy: true }
  | { busy: false; module: CalendarModule; id: string; version: number; subject: string; related: string | null; canMove: boolean }
);

export type CalendarOwner = { ownerId: string; level: ShareLevel };

type Related = { clientId: string | null; contactId: string | null; partnerId: string | null };
type Raw = Related & { module: CalendarModule; id: string; version: number; subject: string; start: Date; end: Date; owners: string[] };

const MINUTE = 60_000;
const TASK_MINUTES = 30;
export const MEETING_DEFAULT_MINUTES = 60;
// A meeting that started the day before can still be running: read a day early, keep those that end in range.
export const MEETING_LOOKBACK = 24 * 60 * MINUTE;
const relatedSelect = { clientId: true, contactId: true, partnerId: true } as const;

/** Each table's rows on some people's calendars within [from, to), in the recycle bin's `deleted` condition. */
function activityWhere(ids: string[], range: { from: Date; to: Date }, deleted: object, only?: ActivityIds) {
  // Rows found on these calendars a moment ago: by primary key alone. With the range too, SQLite walked the range's
  // index (10,000 entries for thirty people's month) to pick out 250 ids; the recycle bin is checked on the rows.
  if (only) return { calls: { id: { in: only.calls } }, meetings: { id: { in: only.meetings } }, tasks: { id: { in: only.tasks } } };
  return {
    calls: { AND: [deleted, { assignedUserId: { in: ids } }, { startAt: { gte: range.from, lt: range.to } }] },
    meetings: {
      AND: [
        deleted,
        { startAt: { gte: new Date(range.from.getTime() - MEETING_LOOKBACK), lt: range.to } },
        { OR: [{ assignedUserId: { in: ids } }, ...ids.map((id) => ({ invitees: { contains: JSON.stringify(id) } }))] },
      ],
    },
    tasks: { AND: [deleted, { assignedUserId: { in: ids } }, { dueAt: { gte: range.from, lt: range.to } }] },
  };
}

/** Ids per calendar module: the rows a capped month view keeps. */
export type ActivityIds = Record<CalendarModule, string[]>;

const meetingEnd = (m: { startAt: Date; endAt: Date | null }) => (m.endAt && m.endAt > m.startAt ? m.endAt : new Date(m.startAt.getTime() + MEETING_DEFAULT_MINUTES * MINUTE));
const ownersAmong = (ownerIds: readonly string[]) => {
  const wanted = new Set(ownerIds);
  return (list: (string | null)[]) => [...new Set(list.filter((id): id is string => id !== null && wanted.has(id)))];
};

/**
 * The activities on some people's calendars within [from, to): calls and tasks assigned to them, meetings assigned
 * to them or where they are invited. One indexed range query per table, narrow selects. `includeDeleted` (the feed)
 * also reads those moved to the recycle bin since that instant; `only` narrows each table to some ids.
 */
export async function readActivities(ownerIds: readonly string[], range: { from: Date; to: Date }, deletedSince?: Date, only?: ActivityIds) {
  const ids = [...new Set(ownerIds)];
  const deleted = deletedSince ? { OR: [{ deletedAt: null }, { deletedAt: { gte: deletedSince } }] } : { deletedAt: null };
  // Date columns cost the most per row: the feed's own ones are read only for the feed.
  const feed = { updatedAt: !!deletedSince, deletedAt: !!deletedSince || !!only } as const;
  const where = activityWhere(ids, range, deleted, only);
  const [calls, meetings, tasks] = await Promise.all([
    only?.calls.length === 0 ? [] : db.call.findMany({ where: where.calls, select: { id: true, version: true, subject: true, startAt: true, duration: true, assignedUserId: true, ...feed, ...relatedSelect } }),
    only?.meetings.length === 0 ? [] : db.meeting.findMany({ where: where.meetings, select: { id: true, version: true, subject: true, startAt: true, endAt: true, assignedUserId: true, invitees: true, ...feed, ...relatedSelect } }),
    only?.tasks.length === 0 ? [] : db.task.findMany({ where: where.tasks, select: { id: true, version: true, subject: true, dueAt: true, assignedUserId: true, ...feed, ...relatedSelect } }),
  ]);
  const mine = ownersAmong(ids);
  const live = <T extends { deletedAt?: Date | null }>(list: T[]) => (only ? list.filter((r) => !r.deletedAt) : list);
  return [
    ...live(calls).map((c) => ({ ...c, module: "calls" as const, start: c.startAt, end: new Date(c.startAt.getTime() + Math.max(c.duration ?? 0, 15) * MINUTE), owners: mine([c.assignedUserId]) })),
    ...live(meetings)
      .map((m) => ({ ...m, module: "meetings" as const, start: m.startAt, end: meetingEnd(m), owners: mine([m.assignedUserId, ...parseJsonArray(m.invitees)]) }))
      .filter((m) => m.end > range.from && m.owners.length > 0),
    ...live(tasks).map((t) => ({ ...t, module: "tasks" as const, start: t.dueAt!, end: new Date(t.dueAt!.getTime() + TASK_MINUTES * MINUTE), owners: mine([t.assignedUserId]) })),
  ];
}

/** « Lié à » names of the rows, read in the viewer's scope (a record they may not read shows no name). */
export async function relatedNames(rows: readonly Related[], user: CurrentUser | null) {
  const ids = { clients: new Set<string>(), contacts: new Set<string>(), partners: new Set<string>() };
  for (const r of rows) {
    if (r.clientId) ids.clients.add(r.clientId);
    if (r.contactId) ids.contacts.add(r.contactId);
    if (r.partnerId) ids.partners.add(r.partnerId);
  }
  const maps = await Promise.all((Object.keys(ids) as (keyof typeof ids)[]).map((m) => modelOf(m)!.titles([...ids[m]], user)));
  const names = new Map<string, string>(maps.flatMap((m) => [...m]));
  return (r: Related) => names.get(r.clientId ?? r.contactId ?? r.partnerId ?? "") ?? null;
}

/**
 * Ids of the rows the viewer may open. Where the viewer reaches every live record of a module, every row read (all
 * live) is; otherwise the record scope is asked by primary key. `readable`: the modules the viewer's role may read.
 */
async function openableIds(rows: readonly Raw[], user: CurrentUser, readable: ReadonlyMap<CalendarModule, boolean>): Promise<Set<string>> {
  // A module the role may not read is « own » here: recordScope() then answers no row of it.
  const kinds = new Map(await Promise.all(CALENDAR_MODULES.map(async (m) => [m, readable.get(m) ? await readScopeKind(user, m) : "own"] as const)));
  const of = (m: CalendarModule) => (kinds.get(m) === "all" ? [] : rows.filter((r) => r.module === m).map((r) => r.id));
  const everything = rows.filter((r) => kinds.get(r.module) === "all").map((r) => r.id);
  const where = async (m: CalendarModule) => ({ AND: [await recordScope(user, m), { id: { in: of(m) } }] });
  const select = { id: true } as const;
  const [c, m, t] = await Promise.all([
    of("calls").length ? db.call.findMany({ where: await where("calls"), select }) : [],
    of("meetings").length ? db.meeting.findMany({ where: await where("meetings"), select }) : [],
    of("tasks").length ? db.task.findMany({ where: await where("tasks"), select }) : [],
  ]);
  return new Set([...everything, ...[...c, ...m, ...t].map((r) => r.id)]);
}

/** What the viewer's role may do with each calendar module: read (names shown) and edit (blocks can be moved). */
async function moduleRights(viewer: CurrentUser) {
  const answers = await Promise.all(CALENDAR_MODULES.map(async (m) => [m, await canModule(viewer, m, "read"), await canModule(viewer, m, "edit")] as const));
  return { readable: new Map(answers.map(([m, read]) => [m, read])), movable: new Map(answers.map(([m, , edit]) => [m, edit])) };
}

/**
 * The calendar page's blocks. With details, a block names its activity (if the viewer may open it and read its
 * module); otherwise it is « Occupé ». An activity on several shown calendars appears once per person.
 */
export async function calendarItems(viewer: CurrentUser, owners: readonly CalendarOwner[], range: { from: Date; to: Date }): Promise<CalendarItem[]> {
  return itemsOf(viewer, owners, await readActivities(owners.map((o) => o.ownerId), range));
}

/** The blocks of rows read by readActivities, as the viewer may see them on these owners' calendars. */
export async function itemsOf(viewer: CurrentUser, owners: readonly CalendarOwner[], rows: readonly Raw[]): Promise<CalendarItem[]> {
  const level = new Map(owners.map((o) => [o.ownerId, o.level]));
  const detailed = rows.filter((r) => r.owners.some((o) => level.get(o) === "details"));
  // Each access answer is asked once per page (the read right served both the scope and the names before).
  const [{ readable, movable }, nameOf] = await Promise.all([moduleRights(viewer), relatedNames(detailed, viewer)]);
  const openable = await openableIds(detailed, viewer, readable);
  const wall = wallTimes(viewer.timeZone);
  const items: CalendarItem[] = [];
  let busyCount = 0;
  for (const r of rows) {
    const [start, end] = [wall(r.start), wall(r.end)];
    const named = openable.has(r.id) && !!readable.get(r.module);
    const related = named ? nameOf(r) : null;
    for (const ownerId of r.owners) {
      if (named && level.get(ownerId) === "details") {
        items.push({ key: `${r.module}:${r.id}:${ownerId}`, ownerId, start, end, busy: false, module: r.module, id: r.id, version: r.version, subject: r.subject, related, canMove: !!movable.get(r.module) });
      } else {
        items.push({ key: `busy:${ownerId}:${busyCount++}`, ownerId, start, end, busy: true });
      }
    }
  }
  // Wall times are ASCII "YYYY-MM-DDTHH:mm": plain comparison orders them (localeCompare's collation costs ~10×).
  return items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * UTC instant → wall time in `timeZone`, like utcToWallTime, with the zone's offset kept per quarter hour: zones
 * change offset on quarter hours at most, and a month of blocks shares a handful of offsets.
 */
export function wallTimes(timeZone: string) {
  const offsets = new Map<number, number>();
  return (instant: Date) => {
    const quarter = Math.floor(instant.getTime() / 900_000);
    let offset = offsets.get(quarter);
    if (offset === undefined) offsets.set(quarter, (offset = tzOffset(timeZone, new Date(quarter * 900_000))));
    return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 16);
  };
}
