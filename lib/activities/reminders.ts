import "server-only";
import { scheduleReminders } from "@/lib/notifications/reminders";
import { parseJsonArray } from "@/lib/records/display";
import { reminderMinutes } from "@/lib/modules/shared/activity-fields";
import type { Row } from "@/lib/records/model";
import type { Tx } from "@/lib/records/store";

/**
 * A call's or meeting's « Rappel » after a save: due `reminder` before the start for the assignee and the
 * invitees while the activity is « Planifié »; held, postponed, cancelled or without reminder clears it.
 */
export function reminderDueAt(row: Record<string, unknown>): Date | null {
  const minutes = reminderMinutes(row.reminder);
  const start = row.startAt instanceof Date ? row.startAt : null;
  if (minutes === null || !start || row.status !== "planned" || row.deletedAt) return null;
  return new Date(start.getTime() - minutes * 60_000);
}

export function activityReminders(module: string) {
  return async (tx: Tx, change: { id: string; after: Row }) => {
    const { after } = change;
    const userIds = [after.assignedUserId, ...parseJsonArray(after.invitees)].filter((id): id is string => typeof id === "string" && id !== "");
    await scheduleReminders(tx, { module, recordId: change.id, userIds, dueAt: reminderDueAt(after) });
  };
}
