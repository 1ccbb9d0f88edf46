import "server-only";
import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordScope } from "@/lib/records/scope";
import { OPEN_TASK_STATUSES } from "@/lib/activities/states";
import { isOverdue } from "@/lib/activities/kanban";

const TAKE = 8;

/** Today in the user's time zone (Nunavut spans three), as a UTC range. */
export function todayRange(timeZone: string, now = new Date()): { start: Date; end: Date } {
  const start = startOfDay(new TZDate(now.getTime(), timeZone));
  return { start: new Date(start.getTime()), end: new Date(addDays(start, 1).getTime()) };
}

export type TodayItem = { module: "calls" | "meetings"; id: string; subject: string; status: string; startAt: Date };

/** « Mes appels et réunions d'aujourd'hui »: assigned to me (or, for meetings, inviting me), by start time. */
export async function myActivitiesToday(user: CurrentUser, now = new Date()): Promise<TodayItem[]> {
  const { start, end } = todayRange(user.timeZone, now);
  const when = { startAt: { gte: start, lt: end } };
  const select = { id: true, subject: true, status: true, startAt: true } as const;
  const [calls, meetings] = await Promise.all([
    db.call.findMany({ where: { AND: [await recordScope(user, "calls"), when, { assignedUserId: user.id }] }, orderBy: [{ startAt: "asc" }, { id: "asc" }], take: TAKE, select }),
    db.meeting.findMany({
      where: { AND: [await recordScope(user, "meetings"), when, { OR: [{ assignedUserId: user.id }, { invitees: { contains: JSON.stringify(user.id) } }] }] },
      orderBy: [{ startAt: "asc" }, { id: "asc" }],
      take: TAKE,
      select,
    }),
  ]);
  return [...calls.map((c) => ({ module: "calls" as const, ...c })), ...meetings.map((m) => ({ module: "meetings" as const, ...m }))]
    .sort((a, b) => a.startAt.getTime() - b.startAt.getTime())
    .slice(0, TAKE);
}

/** « Mes tâches ouvertes »: by due date, so the overdue ones come first and those without a date last. */
export async function myOpenTasks(user: CurrentUser, now = new Date()) {
  const tasks = await db.task.findMany({
    where: { AND: [await recordScope(user, "tasks"), { assignedUserId: user.id, status: { in: [...OPEN_TASK_STATUSES] } }] },
    orderBy: [{ dueSort: "asc" }, { id: "asc" }],
    take: TAKE,
    select: { id: true, subject: true, status: true, dueAt: true, priority: true },
  });
  return tasks.map((task) => ({ ...task, overdue: isOverdue(task.status, task.dueAt, now) }));
}
