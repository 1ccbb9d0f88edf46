import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { itemsOf, readActivities, type CalendarItem, type CalendarOwner } from "@/lib/calendar/items";
import { dayCandidates, daysOf, firstOfEachDay } from "@/lib/calendar/month-days";

/**
 * Activities a month view sends per day. A day cell shows three or four; its « +N » opens the day. Thirty people's
 * month is thousands of activities: all of them made a page of megabytes that no cell could show.
 */
export const MONTH_PER_DAY = 6;

/** The blocks of the activities kept, and per day (viewer's wall date) how many activities were left out. */
export type MonthItems = { items: CalendarItem[]; more: Record<string, number> };

/**
 * The month view's blocks: the database finds each day's first activities and counts the rest; only those kept are
 * read whole, named and checked against the viewer's scope.
 */
export async function calendarMonthItems(viewer: CurrentUser, owners: readonly CalendarOwner[], range: { from: Date; to: Date }, perDay = MONTH_PER_DAY): Promise<MonthItems> {
  const ownerIds = owners.map((o) => o.ownerId);
  const days = daysOf(range, viewer.timeZone);
  const { kept, more } = firstOfEachDay(await dayCandidates(ownerIds, range, days, perDay), perDay);
  // A table with no id kept is not queried (readActivities).
  const rows = await readActivities(ownerIds, range, undefined, kept);
  return { items: await itemsOf(viewer, owners, rows), more };
}
