import "server-only";
import { TZDate } from "@date-fns/tz";
import ical, { ICalEventStatus } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readActivities, relatedNames } from "@/lib/calendar/items";

// What a subscribed calendar application receives: the owner's activities from 90 days back to a year ahead, in
// their zone with its VTIMEZONE. UIDs are the record's module and id (stable across moves and edits), SEQUENCE
// is the record's version and LAST-MODIFIED its updatedAt, so a moved item replaces the old one. An activity sent
// to the recycle bin within the last 30 days stays in the feed with STATUS:CANCELLED, so clients that keep their
// own copy remove it; older deletions are simply left out (a client that never saw the cancellation drops the
// item when it disappears from the feed). Only the subject, the times and the « Lié à » name are included.

const DAY = 86_400_000;
export const FEED_PAST_DAYS = 90;
export const FEED_FUTURE_DAYS = 365;
export const FEED_CANCELLED_DAYS = 30;

export type FeedOwner = { id: string; name: string; role: string; timeZone: string };
export type FeedLabels = { calendarName: string; summary: (module: "calls" | "meetings" | "tasks", subject: string) => string; related: (name: string) => string };

export const feedUid = (module: string, id: string) => `${module}-${id}@crm.carrefour-nunavut`;

export async function buildFeed(owner: FeedOwner, labels: FeedLabels, now = new Date()): Promise<string> {
  const range = { from: new Date(now.getTime() - FEED_PAST_DAYS * DAY), to: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY) };
  const rows = await readActivities([owner.id], range, new Date(now.getTime() - FEED_CANCELLED_DAYS * DAY));
  // « Lié à » names are read in the owner's own record scope.
  const nameOf = await relatedNames(rows, { id: owner.id, role: owner.role } as CurrentUser);
  const calendar = ical({
    name: labels.calendarName,
    prodId: { company: "Carrefour Nunavut", product: "CRM", language: "FR" },
    // No calendar-wide zone: with one, ical-generator writes DTSTAMP and LAST-MODIFIED as local times without "Z",
    // which RFC 5545 forbids. Each event names its zone instead, and the generator adds that zone's VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: [["X-WR-TIMEZONE", owner.timeZone]],
    ttl: 15 * 60,
  });
  for (const r of rows) {
    const related = nameOf(r);
    calendar.createEvent({
      id: feedUid(r.module, r.id),
      sequence: r.version,
      stamp: now,
      lastModified: r.updatedAt ?? null,
      start: new TZDate(r.start.getTime(), owner.timeZone),
      end: new TZDate(r.end.getTime(), owner.timeZone),
      timezone: owner.timeZone,
      summary: labels.summary(r.module, r.subject),
      description: related ? labels.related(related) : null,
      status: r.deletedAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
