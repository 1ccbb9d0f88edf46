import "server-only";
import { db } from "@/lib/db";
import { resolveCalendars, type ShareLevel, type Viewer } from "@/lib/calendar/share-rules";

/** Calendars shared with `viewerId`, by owner (active owners only). */
export async function sharesWith(viewerId: string): Promise<Map<string, ShareLevel>> {
  const rows = await db.calendarShare.findMany({ where: { viewerId, owner: { active: true } }, select: { ownerId: true, level: true } });
  return new Map(rows.map((r) => [r.ownerId, r.level as ShareLevel]));
}

/** The calendars a viewer asked for that they may add (existing, active users), and those refused. */
export async function calendarsFor(viewer: Viewer, requested: readonly string[]) {
  const [shares, existing] = await Promise.all([
    sharesWith(viewer.id),
    requested.length ? db.user.findMany({ where: { id: { in: [...requested] }, active: true }, select: { id: true } }) : [],
  ]);
  const known = new Set(existing.map((u) => u.id));
  const result = resolveCalendars(viewer, requested.filter((id) => known.has(id)), shares);
  return { ...result, refused: [...result.refused, ...requested.filter((id) => !known.has(id) && id !== viewer.id)] };
}

/** The people a viewer may add to the calendar page: those who shared with them, or every active user for an admin. */
export async function addableCalendars(viewer: Viewer) {
  const where = viewer.role === "admin" ? { active: true } : { active: true, calendarSharedBy: { some: { viewerId: viewer.id } } };
  return db.user.findMany({ where: { AND: [where, { id: { not: viewer.id } }] }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 });
}

/** « Mon profil » › « Partage du calendrier »: who may see my calendar, and how much. */
export async function mySharing(ownerId: string) {
  const [shares, colleagues] = await Promise.all([
    db.calendarShare.findMany({ where: { ownerId }, select: { viewerId: true, level: true, viewer: { select: { name: true } } }, orderBy: { viewer: { name: "asc" } } }),
    db.user.findMany({ where: { active: true, id: { not: ownerId } }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  return { shares: shares.map((s) => ({ viewerId: s.viewerId, name: s.viewer.name, level: s.level as ShareLevel })), colleagues };
}
