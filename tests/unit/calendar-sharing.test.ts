import { calendarLevel, personColour, PERSON_COLOURS, resolveCalendars, type ShareLevel } from "@/lib/calendar/share-rules";
import { FEED_REQUESTS_PER_WINDOW, resetFeedRequests, takeFeedRequest } from "@/lib/calendar/feed-rate";

const shares = new Map<string, ShareLevel>([
  ["owner-busy", "busy"],
  ["owner-details", "details"],
]);
const staff = { id: "me", role: "staff" };

describe("whose calendar a person may add", () => {
  it("their own in full, a shared one at its level, an unshared one not at all", () => {
    expect(calendarLevel(staff, "me", shares)).toBe("details");
    expect(calendarLevel(staff, "owner-busy", shares)).toBe("busy");
    expect(calendarLevel(staff, "owner-details", shares)).toBe("details");
    expect(calendarLevel(staff, "someone-else", shares)).toBeNull();
    expect(calendarLevel({ id: "me", role: "manager" }, "someone-else", shares)).toBeNull();
  });

  it("an administrator may add anyone's", () => {
    expect(calendarLevel({ id: "boss", role: "admin" }, "someone-else", new Map())).toBe("details");
  });

  it("resolves a request: own calendar first, refused ones listed, own id not repeated", () => {
    expect(resolveCalendars(staff, ["owner-busy", "me", "stranger"], shares)).toEqual({
      allowed: [
        { ownerId: "me", level: "details" },
        { ownerId: "owner-busy", level: "busy" },
      ],
      refused: ["stranger"],
    });
  });

  it("gives each person shown a colour, cycling past the palette", () => {
    expect(personColour(0)).toBe(PERSON_COLOURS[0]);
    expect(personColour(PERSON_COLOURS.length + 1)).toBe(PERSON_COLOURS[1]);
    expect(new Set(PERSON_COLOURS).size).toBe(PERSON_COLOURS.length);
  });
});

describe("feed polling limit", () => {
  beforeEach(() => resetFeedRequests());
  it("serves a window's worth of requests per token, then refuses until the window passes", () => {
    const t0 = 1_000_000;
    for (let i = 0; i < FEED_REQUESTS_PER_WINDOW; i += 1) expect(takeFeedRequest("hash-a", t0 + i)).toBe(true);
    expect(takeFeedRequest("hash-a", t0 + 100)).toBe(false);
    expect(takeFeedRequest("hash-b", t0 + 100)).toBe(true);
    expect(takeFeedRequest("hash-a", t0 + 10 * 60_000)).toBe(true);
  });
});
