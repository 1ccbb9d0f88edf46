import { addDays, addMonths, format, parse, startOfMonth, startOfWeek, endOfMonth, endOfWeek, isValid } from "date-fns";
import { wallTimeToUtc } from "@/lib/records/wall-time";

// The calendar's state lives in its address (?view=&date=&users=&layout=) so every view is a plain link that works
// before scripts load. Days are calendar days in the viewer's time zone; the query range is their UTC instants.

export const CALENDAR_VIEWS = ["day", "week", "month", "agenda"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export const CALENDAR_LAYOUTS = ["combined", "side"] as const;
export type CalendarLayout = (typeof CALENDAR_LAYOUTS)[number];
/** Weeks start on Monday in both languages, so a week's range is the same whatever the page's language. */
export const WEEK_STARTS_ON = 1;
/** Calendars one page shows at most (the viewer's own and 29 colleagues'). */
export const MAX_CALENDARS = 30;
/** The agenda list (phones) covers this many days from the chosen one. */
export const AGENDA_DAYS = 7;

export type CalendarState = { view: CalendarView; date: string; users: string[]; layout: CalendarLayout };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const toDay = (d: Date) => format(d, "yyyy-MM-dd");
const fromDay = (s: string) => parse(s, "yyyy-MM-dd", new Date(2000, 0, 1));

/** A real calendar day "YYYY-MM-DD" (no 2026-02-30). */
export function isDay(value: string): boolean {
  return DAY.test(value) && isValid(fromDay(value)) && toDay(fromDay(value)) === value;
}

/** The address's state; anything unknown or malformed falls back to the default (week of today, own calendar). */
export function parseCalendarState(params: Record<string, string | string[] | undefined>, today: string): CalendarState {
  const view = one(params.view);
  const date = one(params.date);
  const layout = one(params.layout);
  const users = [...new Set((one(params.users) ?? "").split(",").filter((id) => ID.test(id)))].slice(0, MAX_CALENDARS);
  return {
    view: (CALENDAR_VIEWS as readonly string[]).includes(view ?? "") ? (view as CalendarView) : "week",
    date: date && isDay(date) ? date : today,
    users,
    layout: layout === "side" ? "side" : "combined",
  };
}

/** The first and the day after the last calendar day a view shows (the month grid includes its edge weeks). */
export function visibleDays(view: CalendarView, date: string): { first: string; end: string } {
  const d = fromDay(date);
  if (view === "day") return { first: date, end: toDay(addDays(d, 1)) };
  if (view === "agenda") return { first: date, end: toDay(addDays(d, AGENDA_DAYS)) };
  if (view === "week") return { first: toDay(startOfWeek(d, { weekStartsOn: WEEK_STARTS_ON })), end: toDay(addDays(endOfWeek(d, { weekStartsOn: WEEK_STARTS_ON }), 1)) };
  return {
    first: toDay(startOfWeek(startOfMonth(d), { weekStartsOn: WEEK_STARTS_ON })),
    end: toDay(addDays(endOfWeek(endOfMonth(d), { weekStartsOn: WEEK_STARTS_ON }), 1)),
  };
}

/** The UTC instants [from, to) of a view's days in `timeZone` (a day is 23 or 25 hours across a DST change). */
export function visibleRange(view: CalendarView, date: string, timeZone: string): { from: Date; to: Date } {
  const { first, end } = visibleDays(view, date);
  return { from: wallTimeToUtc(`${first}T00:00`, timeZone), to: wallTimeToUtc(`${end}T00:00`, timeZone) };
}

/** The day « Précédent » / « Suivant » lead to. */
export function shiftDate(view: CalendarView, date: string, step: -1 | 1): string {
  const d = fromDay(date);
  if (view === "day") return toDay(addDays(d, step));
  if (view === "week") return toDay(addDays(d, 7 * step));
  if (view === "agenda") return toDay(addDays(d, AGENDA_DAYS * step));
  return toDay(addMonths(d, step));
}

/** The address of a calendar state (only what differs from the defaults is written). */
export function calendarHref(state: CalendarState, change: Partial<CalendarState> = {}): string {
  const next = { ...state, ...change };
  const query = new URLSearchParams({ view: next.view, date: next.date });
  if (next.users.length > 0) query.set("users", next.users.join(","));
  if (next.layout === "side") query.set("layout", "side");
  return `/calendar?${query.toString()}`;
}
