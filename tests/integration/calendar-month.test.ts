/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";
import { calendarItems } from "@/lib/calendar/items";
import { calendarMonthItems } from "@/lib/calendar/month";
import { daysOf, firstOfEachDay, type DayCandidate } from "@/lib/calendar/month-days";
import { visibleRange } from "@/lib/calendar/range";
import { wallTimeToUtc } from "@/lib/records/wall-time";

const getDb = setupTestDatabase();
const ZONE = "America/Iqaluit";
const DAY = "2031-03-12";
const at = (wall: string) => wallTimeToUtc(wall, ZONE);

let a: CurrentUser, b: CurrentUser;

beforeAll(async () => {
  const db = getDb();
  a = asCurrentUser(await makeUser(db, { name: "Aputi Mois", role: "admin" }));
  b = asCurrentUser(await makeUser(db, { name: "Jaaji Mois" }));
  // Nine calls for Aputi on one day, two the next day, and a meeting of Aputi's where Jaaji is invited, last of the day.
  for (let h = 8; h < 17; h += 1) {
    await db.call.create({ data: { subject: `Appel ${h}h`, startAt: at(`${DAY}T${String(h).padStart(2, "0")}:00`), activityAt: at(`${DAY}T${String(h).padStart(2, "0")}:00`), duration: 15, assignedUserId: a.id } });
  }
  for (const h of ["09", "10"]) await db.call.create({ data: { subject: `Appel lendemain ${h}h`, startAt: at(`2031-03-13T${h}:00`), activityAt: at(`2031-03-13T${h}:00`), duration: 15, assignedUserId: a.id } });
  await db.meeting.create({ data: { subject: "Réunion du soir", startAt: at(`${DAY}T18:00`), endAt: at(`${DAY}T19:00`), activityAt: at(`${DAY}T18:00`), assignedUserId: a.id, invitees: JSON.stringify([b.id]) } });
  // Deleted: never shown, never counted.
  await db.call.create({ data: { subject: "Appel supprimé", startAt: at(`${DAY}T07:00`), activityAt: at(`${DAY}T07:00`), duration: 15, assignedUserId: a.id, deletedAt: new Date() } });
});

describe("the month view sends the first activities of each day and counts the rest", () => {
  const range = visibleRange("month", "2031-03-01", ZONE);
  const owners = () => [
    { ownerId: a.id, level: "details" as const },
    { ownerId: b.id, level: "details" as const },
  ];

  it("keeps the first ones in time order and counts the activities left out, a meeting on two calendars once", async () => {
    const { items, more } = await calendarMonthItems(a, owners(), range, 4);
    const day = items.filter((i) => i.start.startsWith(DAY));
    expect(day.map((i) => (i.busy ? "busy" : i.subject))).toEqual(["Appel 8h", "Appel 9h", "Appel 10h", "Appel 11h"]);
    // Five calls and the meeting left out; the deleted call is not counted.
    expect(more).toEqual({ [DAY]: 6 });
    expect(items.filter((i) => i.start.startsWith("2031-03-13"))).toHaveLength(2);
  });

  it("finds an invited person's meeting, and gives the same blocks as the whole month when every day fits", async () => {
    const whole = await calendarItems(a, owners(), range);
    const { items, more } = await calendarMonthItems(a, owners(), range, 50);
    expect(more).toEqual({});
    expect(items).toEqual(whole);
    expect(whole.some((i) => !i.busy && i.subject === "Réunion du soir" && i.ownerId === b.id)).toBe(true);
    const invitedOnly = await calendarMonthItems(b, [{ ownerId: b.id, level: "details" }], range, 1);
    expect(invitedOnly.items.map((i) => (i.busy ? "busy" : i.subject))).toEqual(["Réunion du soir"]);
    expect(invitedOnly.more).toEqual({});
  });
});

describe("the month's days", () => {
  it("are the viewer's calendar days, each starting at its local midnight, across a change of hour", () => {
    const days = daysOf(visibleRange("month", "2031-03-01", ZONE), ZONE);
    expect(days[0]).toEqual({ day: "2031-02-24", starts: at("2031-02-24T00:00") });
    expect(days).toHaveLength(42);
    // Iqaluit moves to daylight time on 9 March 2031: that day starts at 05:00 UTC, the next at 04:00.
    expect(days.find((d) => d.day === "2031-03-09")!.starts.toISOString()).toBe("2031-03-09T05:00:00.000Z");
    expect(days.find((d) => d.day === "2031-03-10")!.starts.toISOString()).toBe("2031-03-10T04:00:00.000Z");
  });
});

describe("firstOfEachDay", () => {
  const c = (module: DayCandidate["module"], id: string, iso: string, dayTotal: number): DayCandidate => ({ module, id, start: new Date(iso), day: iso.slice(0, 10), dayTotal });

  it("keeps a day's first ones across tables in time then id order, and counts each table's total once", () => {
    const candidates = [c("calls", "c", "2031-03-02T10:00Z", 5), c("calls", "b", "2031-03-02T09:00Z", 5), c("tasks", "a", "2031-03-02T09:00Z", 1), c("meetings", "m", "2031-03-02T08:00Z", 2), c("calls", "z", "2031-03-03T08:00Z", 1)];
    const { kept, more } = firstOfEachDay(candidates, 3);
    expect(kept).toEqual({ calls: ["b", "z"], meetings: ["m"], tasks: ["a"] });
    // 5 calls + 2 meetings + 1 task on the 2nd, 3 shown.
    expect(more).toEqual({ "2031-03-02": 5 });
  });
});
