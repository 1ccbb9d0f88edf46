import { tzOffset } from "@date-fns/tz";
import { todayIn, utcToWallTime } from "@/lib/records/wall-time";

// utcToWallTime keeps each zone's offset per quarter hour of UTC: it must give what asking Intl for every instant
// gives, minute by minute around daylight-saving changes, in zones whose offsets or changes are not whole hours.
const direct = (instant: Date, zone: string) => new Date(instant.getTime() + tzOffset(zone, instant) * 60_000).toISOString().slice(0, 16);

const CHANGES: [string, string][] = [
  ["America/Iqaluit", "2025-03-09T07:00:00Z"],
  ["America/Iqaluit", "2025-11-02T06:00:00Z"],
  ["America/Rankin_Inlet", "2025-03-09T08:00:00Z"],
  ["America/St_Johns", "2025-11-02T02:30:00Z"],
  ["Australia/Lord_Howe", "2025-04-05T15:00:00Z"],
  ["Asia/Kathmandu", "2025-06-01T00:00:00Z"],
];

describe("utcToWallTime", () => {
  it.each(CHANGES)("matches Intl minute by minute around %s %s", (zone, at) => {
    const centre = Date.parse(at);
    for (let ms = centre - 3 * 3_600_000; ms <= centre + 3 * 3_600_000; ms += 60_000) {
      expect(utcToWallTime(new Date(ms), zone)).toBe(direct(new Date(ms), zone));
    }
  });

  it("names the same day as the zone's calendar", () => {
    expect(todayIn("America/Iqaluit", new Date("2025-11-02T03:59:00Z"))).toBe("2025-11-01");
    expect(todayIn("America/Iqaluit", new Date("2025-11-02T04:00:00Z"))).toBe("2025-11-02");
    expect(todayIn("Pacific/Kiritimati", new Date("2025-11-02T09:59:00Z"))).toBe("2025-11-02");
    expect(todayIn("Pacific/Kiritimati", new Date("2025-11-02T10:00:00Z"))).toBe("2025-11-03");
  });
});
