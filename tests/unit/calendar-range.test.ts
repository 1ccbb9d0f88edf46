import { calendarHref, parseCalendarState, shiftDate, visibleDays, visibleRange } from "@/lib/calendar/range";
import { utcToWallTime } from "@/lib/records/wall-time";

const hours = (r: { from: Date; to: Date }) => (r.to.getTime() - r.from.getTime()) / 3_600_000;

describe("the calendar's state in the address", () => {
  it("keeps known values and falls back on anything else", () => {
    expect(parseCalendarState({ view: "month", date: "2026-02-14", users: "a1,b2,a1,bad id!", layout: "side" }, "2026-11-29")).toEqual({ view: "month", date: "2026-02-14", users: ["a1", "b2"], layout: "side" });
    expect(parseCalendarState({ view: "year", date: "2026-02-30", users: ["x", "y"], layout: "grid" }, "2026-11-29")).toEqual({ view: "week", date: "2026-11-29", users: [], layout: "combined" });
    const many = Array.from({ length: 40 }, (_, i) => `u${i}`).join(",");
    expect(parseCalendarState({ users: many }, "2026-11-29").users).toHaveLength(30);
  });

  it("writes links that parse back to the same state", () => {
    const state = parseCalendarState({ view: "day", date: "2026-03-08", users: "a1", layout: "side" }, "2026-11-29");
    const href = calendarHref(state, { date: shiftDate("day", "2026-03-08", 1) });
    expect(href).toBe("/calendar?view=day&date=2026-03-09&users=a1&layout=side");
    expect(parseCalendarState(Object.fromEntries(new URL(href, "http://x").searchParams), "2026-11-29")).toEqual({ ...state, date: "2026-03-09" });
  });

  it("moves by a day, a week, a month (end of month stays in the next month)", () => {
    expect(shiftDate("day", "2026-12-31", 1)).toBe("2027-01-01");
    expect(shiftDate("week", "2026-11-29", -1)).toBe("2026-11-22");
    expect(shiftDate("month", "2026-01-31", 1)).toBe("2026-02-28");
  });

  it("starts weeks on Monday and shows whole weeks around a month", () => {
    expect(visibleDays("week", "2026-11-29")).toEqual({ first: "2026-11-23", end: "2026-11-30" });
    expect(visibleDays("month", "2026-11-15")).toEqual({ first: "2026-10-26", end: "2026-12-07" });
    expect(visibleDays("agenda", "2026-11-29")).toEqual({ first: "2026-11-29", end: "2026-12-06" });
  });
});

describe("days in the user's zone across daylight-saving changes", () => {
  it("America/Iqaluit: the March day has 23 hours, the November day 25", () => {
    const spring = visibleRange("day", "2026-03-08", "America/Iqaluit");
    expect(spring.from.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(spring.to.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(hours(spring)).toBe(23);
    const autumn = visibleRange("day", "2026-11-01", "America/Iqaluit");
    expect(autumn.from.toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(hours(autumn)).toBe(25);
  });

  it("America/Rankin_Inlet (Central) and America/Cambridge_Bay (Mountain) bound their own days", () => {
    expect(visibleRange("day", "2026-03-08", "America/Rankin_Inlet").from.toISOString()).toBe("2026-03-08T06:00:00.000Z");
    expect(visibleRange("day", "2026-11-01", "America/Rankin_Inlet").to.toISOString()).toBe("2026-11-02T06:00:00.000Z");
    expect(visibleRange("day", "2026-03-08", "America/Cambridge_Bay").from.toISOString()).toBe("2026-03-08T07:00:00.000Z");
    expect(hours(visibleRange("week", "2026-11-01", "America/Cambridge_Bay"))).toBe(7 * 24 + 1);
  });

  it("a 13:00 call stays at 13:00 on both sides of a change, and the instant differs by an hour", () => {
    const before = new Date("2026-03-07T18:00:00Z");
    const after = new Date("2026-03-09T17:00:00Z");
    expect(utcToWallTime(before, "America/Iqaluit")).toBe("2026-03-07T13:00");
    expect(utcToWallTime(after, "America/Iqaluit")).toBe("2026-03-09T13:00");
    // The same instant is an hour earlier in Rankin Inlet and two in Cambridge Bay.
    expect(utcToWallTime(after, "America/Rankin_Inlet")).toBe("2026-03-09T12:00");
    expect(utcToWallTime(after, "America/Cambridge_Bay")).toBe("2026-03-09T11:00");
  });
});
