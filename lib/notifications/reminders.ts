// Reminders a module schedules when it saves a record (« Rappel » on calls and meetings). The scheduler
// (notifications issue) turns each due row into a "reminder" notification exactly once.
import type { Db } from "@/lib/db-client";

type Writer = Pick<Db, "reminder">;

/**
 * Makes the record's pending reminders exactly one per user in `userIds`, due at `dueAt`; `dueAt` null (no
 * reminder, or the activity is no longer planned) removes them. A reminder already sent stays sent unless its
 * time changed, so moving a meeting reminds again; an unchanged save does not.
 */
export async function scheduleReminders(
  db: Writer,
  target: { module: string; recordId: string; userIds: readonly string[]; dueAt: Date | null },
): Promise<void> {
  const { module, recordId, dueAt } = target;
  const userIds = [...new Set(target.userIds.filter(Boolean))];
  if (!dueAt || userIds.length === 0) {
    await db.reminder.deleteMany({ where: { module, recordId } });
    return;
  }
  await db.reminder.deleteMany({ where: { module, recordId, userId: { notIn: userIds } } });
  for (const userId of userIds) {
    const existing = await db.reminder.findUnique({ where: { module_recordId_userId: { module, recordId, userId } }, select: { dueAt: true } });
    if (!existing) await db.reminder.create({ data: { module, recordId, userId, dueAt } });
    else if (existing.dueAt.getTime() !== dueAt.getTime())
      await db.reminder.update({ where: { module_recordId_userId: { module, recordId, userId } }, data: { dueAt, claimedAt: null, sentAt: null } });
  }
}
