import { tzOffset } from "@date-fns/tz";

// A date-time field is typed as wall-clock time in the user's zone ("YYYY-MM-DDTHH:mm") and stored as a UTC
// instant. Around DST changes a wall time can name no instant (spring gap) or two (autumn overlap), so the rule
// has to be fixed; it is the one of Temporal's "compatible" disambiguation, which calendars use too:
// - in a gap, the time moves forward by the gap's length (Toronto 2025-03-09 02:30 → 03:30 EDT = 07:30Z);
// - in an overlap, the earlier instant wins (Toronto 2025-11-02 01:30 → 01:30 EDT = 05:30Z).

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

/** "YYYY-MM-DDTHH:mm" that names a real calendar day and clock time. */
export function isWallTime(value: string): boolean {
  const m = WALL.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && h < 24 && mi < 60 && y >= 1000;
}

/** Wall time in `timeZone` → UTC instant, with the gap/overlap rule above. */
export function wallTimeToUtc(value: string, timeZone: string): Date {
  const m = WALL.exec(value);
  if (!m || !isWallTime(value)) throw new RangeError(`Not a wall time: ${value}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offsets in force a day either side bracket any single transition.
  const before = tzOffset(timeZone, new Date(asUtc - DAY_MS));
  const after = tzOffset(timeZone, new Date(asUtc + DAY_MS));
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => asUtc - tzOffset(timeZone, new Date(instant)) * 60_000 === instant)
    .sort((a, b) => a - b);
  // No candidate: a gap. Reading the time with the offset before the change moves it forward by the gap.
  return new Date(candidates[0] ?? asUtc - before * 60_000);
}

/** UTC instant → wall time "YYYY-MM-DDTHH:mm" in `timeZone` (what a form edits). */
export function utcToWallTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetAt(timeZone, instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

// Asking Intl for a zone's offset was a sixth of an export's time. An offset changes at most once in a day, so a
// UTC day whose first and last minutes have the same offset has it all day: kept per zone and day (a day with a
// change is asked per instant), an export of a million dates asks Intl about twice per distinct day.
const KEPT_DAYS = 20_000;
const dayOffsets = new Map<string, number | null>();

function offsetAt(timeZone: string, instant: Date): number {
  const day = Math.floor(instant.getTime() / DAY_MS);
  if (!Number.isFinite(day)) return tzOffset(timeZone, instant);
  const key = `${timeZone} ${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const first = tzOffset(timeZone, new Date(day * DAY_MS));
    offset = first === tzOffset(timeZone, new Date((day + 1) * DAY_MS - 60_000)) ? first : null;
    if (dayOffsets.size >= KEPT_DAYS) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset ?? tzOffset(timeZone, instant);
}

/** Today's calendar day in `timeZone`, "YYYY-MM-DD" (@date-fns/tz keeps its formatters, so this is cheap per row). */
export function todayIn(timeZone: string, now = new Date()): string {
  return utcToWallTime(now, timeZone).slice(0, 10);
}
