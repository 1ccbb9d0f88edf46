import "server-only";
import { db } from "@/lib/db";
import { readActivities, wallTimes } from "@/lib/calendar/items";
import { visibleRange } from "@/lib/calendar/range";

export type BusyPerson = { id: string; name: string; busy: { start: string; end: string }[] };

/**
 * When each person is taken on one day (in `timeZone`): their calls, meetings and tasks as times only, overlapping
 * blocks merged. No subject, record or link: what « busy » sharing shows, for the meeting form.
 */
export async function busyTimes(userIds: readonly string[], day: string, timeZone: string): Promise<BusyPerson[]> {
  const range = visibleRange("day", day, timeZone);
  const [rows, people] = await Promise.all([
    readActivities(userIds, range),
    db.user.findMany({ where: { id: { in: [...userIds] }, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const wall = wallTimes(timeZone);
  const [dayStart, dayEnd] = [wall(range.from), wall(range.to)];
  return people.map((p) => {
    const blocks = rows
      .filter((r) => r.owners.includes(p.id))
      .map((r) => ({ start: wall(r.start) < dayStart ? dayStart : wall(r.start), end: wall(r.end) > dayEnd ? dayEnd : wall(r.end) }))
      .sort((a, b) => a.start.localeCompare(b.start));
    const merged: { start: string; end: string }[] = [];
    for (const b of blocks) {
      const last = merged[merged.length - 1];
      if (last && b.start <= last.end) last.end = b.end > last.end ? b.end : last.end;
      else merged.push({ ...b });
    }
    return { id: p.id, name: p.name, busy: merged.map((b) => ({ start: b.start.slice(11, 16), end: b.end.slice(0, 10) > day ? "24:00" : b.end.slice(11, 16) })) };
  });
}
