import { wallTimeToUtc, utcToWallTime } from "@/lib/records/wall-time";

// A report's period is a span of whole calendar days in the user's time zone: « le trimestre dernier » for a
// coordinator in Iqaluit starts at midnight in Iqaluit, not in UTC. Dates are inclusive; `end` is the instant
// after the last day, so every query reads `>= start AND < end` on instants, `from`/`to` on calendar dates.
export const PERIOD_PRESETS = ["thisMonth", "lastMonth", "thisQuarter", "lastQuarter", "thisYear", "lastYear", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type Period = { preset: PeriodPreset; from: string; to: string; start: Date; end: Date };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function presetRange(preset: Exclude<PeriodPreset, "custom">, today: string): [string, string] {
  const [y, m] = today.split("-").map(Number);
  const month = m - 1;
  const quarter = Math.floor(month / 3) * 3;
  switch (preset) {
    case "thisMonth":
      return [iso(y, month, 1), iso(y, month + 1, 0)];
    case "lastMonth":
      return [iso(y, month - 1, 1), iso(y, month, 0)];
    case "thisQuarter":
      return [iso(y, quarter, 1), iso(y, quarter + 3, 0)];
    case "lastQuarter":
      return [iso(y, quarter - 3, 1), iso(y, quarter, 0)];
    case "thisYear":
      return [iso(y, 0, 1), iso(y, 11, 31)];
    case "lastYear":
      return [iso(y - 1, 0, 1), iso(y - 1, 11, 31)];
  }
}

/** The period an address asks for; anything unreadable falls back to this month. Custom spans are capped at 5 years. */
export function resolvePeriod(input: { period?: string | null; from?: string | null; to?: string | null }, timeZone: string, now = new Date()): Period {
  const today = utcToWallTime(now, timeZone).slice(0, 10);
  let preset = (PERIOD_PRESETS as readonly string[]).includes(input.period ?? "") ? (input.period as PeriodPreset) : "thisMonth";
  let from: string;
  let to: string;
  if (preset === "custom" && input.from && input.to && isCalendarDate(input.from) && isCalendarDate(input.to) && input.from <= input.to) {
    from = input.from;
    to = input.to;
    const limit = new Date(`${from}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + 5);
    if (to > limit.toISOString().slice(0, 10)) to = limit.toISOString().slice(0, 10);
  } else {
    if (preset === "custom") preset = "thisMonth";
    [from, to] = presetRange(preset as Exclude<PeriodPreset, "custom">, today);
  }
  return { preset, from, to, start: wallTimeToUtc(`${from}T00:00`, timeZone), end: wallTimeToUtc(`${nextDay(to)}T00:00`, timeZone) };
}

/** The calendar day an instant falls on in the zone. */
export function dayOf(instant: Date, timeZone: string): string {
  return utcToWallTime(instant, timeZone).slice(0, 10);
}

/** The bucket a day falls in: itself, the Monday that starts its week, or its month. */
export function bucketOf(day: string, unit: "day" | "week" | "month"): string {
  if (unit === "day") return day;
  if (unit === "month") return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
