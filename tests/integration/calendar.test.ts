/** @jest-environment node */
import ICAL from "ical.js";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
jest.mock("next-intl/server", () => ({
  getLocale: async () => "fr",
  getTranslations: async () => (key: string, v: Record<string, string> = {}) => (key === "feed.summary" ? `${v.kind}: ${v.subject}` : `${key} ${Object.values(v).join(" ")}`),
}));

import { saveRecord, removeRecord } from "@/lib/records/actions";
import { moveCalendarItem } from "@/lib/calendar/move-action";
import { shareCalendar, unshareCalendar } from "@/lib/calendar/profile-actions";
import { calendarsFor, addableCalendars } from "@/lib/calendar/sharing";
import { calendarItems } from "@/lib/calendar/items";
import { busyTimes } from "@/lib/calendar/busy";
import { issueFeedToken, revokeFeedToken } from "@/lib/calendar/feed-token";
import { resetFeedRequests } from "@/lib/calendar/feed-rate";
import { visibleRange } from "@/lib/calendar/range";
import { wallTimeToUtc } from "@/lib/records/wall-time";
import { GET as feedRoute } from "@/app/api/calendar/feed/[token]/route";

const getDb = setupTestDatabase();
const ok = <T,>(r: { ok: true; data: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
};
const as = <T,>(user: CurrentUser, run: () => Promise<T>) => {
  currentUser.mockResolvedValue(user);
  return run();
};

let owner: CurrentUser, viewer: CurrentUser, stranger: CurrentUser, admin: CurrentUser;
let clientId: string;
const relatedTo = () => JSON.stringify({ module: "clients", id: clientId });
// Wall times one week ahead, so the call is inside the feed's window whatever day the tests run.
const inDays = (days: number, time: string) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10) + `T${time}`;

async function fetchFeed(token: string) {
  return feedRoute(new Request(`http://localhost/api/calendar/feed/${token}`), { params: Promise.resolve({ token }) });
}

beforeAll(async () => {
  owner = asCurrentUser(await makeUser(getDb(), { name: "Aputi Test" }));
  viewer = asCurrentUser(await makeUser(getDb(), { name: "Jaaji Test" }));
  stranger = asCurrentUser(await makeUser(getDb(), { name: "Nuvua Test" }));
  admin = asCurrentUser(await makeUser(getDb(), { role: "admin", name: "Siqiniq Test" }));
  clientId = ok(await as(owner, () => saveRecord("clients", { lastName: "Kilabuk", firstName: "Test", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1" }))).id;
});

beforeEach(() => resetFeedRequests());

describe("sharing decides whose calendars may be added", () => {
  it("adds a calendar shared with the viewer, refuses one that was not, and lets an admin add anyone", async () => {
    ok(await as(owner, () => shareCalendar({ viewerId: viewer.id, level: "busy" })));
    expect(await calendarsFor(viewer, [owner.id, stranger.id])).toEqual({
      allowed: [
        { ownerId: viewer.id, level: "details" },
        { ownerId: owner.id, level: "busy" },
      ],
      refused: [stranger.id],
    });
    expect((await addableCalendars(viewer)).map((u) => u.id)).toEqual([owner.id]);
    expect((await calendarsFor(admin, [stranger.id])).allowed).toContainEqual({ ownerId: stranger.id, level: "details" });
    expect((await calendarsFor(viewer, ["no-such-user"])).refused).toEqual(["no-such-user"]);
  });

  it("refuses sharing with oneself or an unknown user, and unsharing removes the calendar", async () => {
    expect(await as(owner, () => shareCalendar({ viewerId: owner.id, level: "details" }))).toMatchObject({ ok: false, fieldErrors: { viewerId: { key: "calendar.sharing.notYourself" } } });
    expect(await as(owner, () => shareCalendar({ viewerId: "nobody", level: "details" }))).toMatchObject({ ok: false });
    expect(await as(owner, () => shareCalendar({ viewerId: stranger.id, level: "everything" }))).toMatchObject({ ok: false, error: "errors.invalid" });
    ok(await as(owner, () => shareCalendar({ viewerId: stranger.id, level: "details" })));
    expect((await calendarsFor(stranger, [owner.id])).refused).toEqual([]);
    ok(await as(owner, () => unshareCalendar({ viewerId: stranger.id })));
    expect((await calendarsFor(stranger, [owner.id])).refused).toEqual([owner.id]);
  });

  it("shows busy-only calendars without subject or link, and invited people see the meeting", async () => {
    const day = inDays(3, "10:00").slice(0, 10);
    const meeting = ok(
      await as(owner, () =>
        saveRecord("meetings", { subject: "Bilan confidentiel", status: "planned", startAt: `${day}T10:00`, endAt: `${day}T11:30`, relatedTo: relatedTo(), assignedUserId: owner.id, invitees: [stranger.id] }),
      ),
    );
    const range = visibleRange("day", day, "America/Iqaluit");
    const seenByViewer = await calendarItems(viewer, [{ ownerId: owner.id, level: "busy" }], range);
    expect(seenByViewer).toEqual([{ key: expect.stringMatching(/^busy:/), ownerId: owner.id, start: `${day}T10:00`, end: `${day}T11:30`, busy: true }]);
    expect(JSON.stringify(seenByViewer)).not.toContain("Bilan");
    const invited = await calendarItems(stranger, [{ ownerId: stranger.id, level: "details" }], range);
    expect(invited).toEqual([expect.objectContaining({ busy: false, module: "meetings", id: meeting.id, subject: "Bilan confidentiel", related: "Test Kilabuk" })]);
  });
});

describe("invitees' busy times on the meeting form", () => {
  it("lists each person's taken times that day, merged, without subjects", async () => {
    const day = inDays(20, "08:00").slice(0, 10);
    await as(owner, () => saveRecord("calls", { subject: "Appel privé", direction: "outbound", status: "planned", startAt: `${day}T08:00`, duration: "30", relatedTo: relatedTo(), assignedUserId: viewer.id }));
    await as(owner, () => saveRecord("meetings", { subject: "Atelier CV", status: "planned", startAt: `${day}T08:15`, endAt: `${day}T09:00`, relatedTo: relatedTo(), assignedUserId: owner.id, invitees: [viewer.id] }));
    const people = await busyTimes([viewer.id, admin.id], day, "America/Iqaluit");
    expect(people).toEqual([
      { id: viewer.id, name: "Jaaji Test", busy: [{ start: "08:00", end: "09:00" }] },
      { id: admin.id, name: "Siqiniq Test", busy: [] },
    ]);
    expect(JSON.stringify(people)).not.toMatch(/Appel privé|Atelier/);
  });
});

describe("moving an item on the calendar", () => {
  it("saves through the record layer with the version, and a stale version is a conflict", async () => {
    const start = inDays(7, "13:00");
    const call = ok(await as(owner, () => saveRecord("calls", { subject: "Appel employeur", direction: "outbound", status: "planned", startAt: start, duration: "30", relatedTo: relatedTo() })));
    const moved = ok(await as(owner, () => moveCalendarItem({ module: "calls", id: call.id, version: call.version, start: inDays(8, "15:30"), end: null })));
    expect(moved.version).toBe(call.version + 1);
    const row = await getDb().call.findUniqueOrThrow({ where: { id: call.id } });
    expect(row).toMatchObject({ duration: 30 });
    expect(await getDb().auditLog.count({ where: { recordId: call.id, field: "startAt" } })).toBe(1);
    expect(await as(owner, () => moveCalendarItem({ module: "calls", id: call.id, version: call.version, start, end: null }))).toMatchObject({ ok: false, error: "records.conflict" });
    expect(await as(owner, () => moveCalendarItem({ module: "meetings", id: call.id, version: moved.version, start, end: null }))).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await as(owner, () => moveCalendarItem({ module: "calls", id: call.id, version: moved.version, start: "2026-02-30T10:00", end: null }))).toMatchObject({ ok: false, error: "errors.invalid" });
  });

  it("resizes a meeting and refuses an end before its start", async () => {
    const day = inDays(5, "09:00").slice(0, 10);
    const m = ok(await as(owner, () => saveRecord("meetings", { subject: "Réunion d'équipe", status: "planned", startAt: `${day}T09:00`, endAt: `${day}T10:00`, relatedTo: relatedTo(), assignedUserId: owner.id })));
    expect(await as(owner, () => moveCalendarItem({ module: "meetings", id: m.id, version: m.version, start: `${day}T09:00`, end: `${day}T08:00` }))).toMatchObject({ ok: false, error: "errors.invalid" });
    ok(await as(owner, () => moveCalendarItem({ module: "meetings", id: m.id, version: m.version, start: `${day}T09:00`, end: `${day}T11:00` })));
    const row = await getDb().meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.endAt!.getTime() - row.startAt.getTime()).toBe(2 * 3_600_000);
  });
});

describe("iCalendar feed", () => {
  it("parses with ical.js, keeps its UID when the item moves, and reflects a deletion as CANCELLED", async () => {
    const call = ok(await as(owner, () => saveRecord("calls", { subject: "Suivi du dossier", direction: "outbound", status: "planned", startAt: inDays(10, "13:00"), duration: "15", relatedTo: relatedTo(), assignedUserId: owner.id })));
    const token = await issueFeedToken(owner.id);
    const read = async () => {
      const response = await fetchFeed(token);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/calendar");
      const text = await response.text();
      // UTC stamps (RFC 5545 §3.8.7.2), times in the named zone.
      expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
      expect(text).toMatch(/\r\nLAST-MODIFIED:\d{8}T\d{6}Z\r\n/);
      const root = new ICAL.Component(ICAL.parse(text));
      expect(root.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("America/Iqaluit");
      const events = root.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      return events.find((e) => e.uid === `calls-${call.id}@crm.carrefour-nunavut`)!;
    };
    const first = await read();
    expect(first.summary).toBe("kinds.calls : Suivi du dossier");
    expect(first.startDate.toJSDate().toISOString()).toBe(wallTimeToUtc(inDays(10, "13:00"), "America/Iqaluit").toISOString());
    expect(first.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("America/Iqaluit");
    expect(first.description).toContain("Test Kilabuk");

    ok(await as(owner, () => moveCalendarItem({ module: "calls", id: call.id, version: call.version, start: inDays(11, "09:15"), end: null })));
    const moved = await read();
    expect(moved.startDate.toJSDate().toISOString()).toBe(wallTimeToUtc(inDays(11, "09:15"), "America/Iqaluit").toISOString());
    expect(moved.sequence).toBe(call.version + 1);

    ok(await as(admin, () => removeRecord("calls", { id: call.id })));
    const cancelled = await read();
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("answers 404 to a wrong, malformed or revoked token, and to a regenerated one's old token", async () => {
    const token = await issueFeedToken(viewer.id);
    expect((await fetchFeed(token)).status).toBe(200);
    expect((await fetchFeed("A".repeat(43))).status).toBe(404);
    expect((await fetchFeed("short")).status).toBe(404);
    const replaced = await issueFeedToken(viewer.id);
    expect((await fetchFeed(token)).status).toBe(404);
    expect((await fetchFeed(replaced)).status).toBe(200);
    await revokeFeedToken(viewer.id);
    expect((await fetchFeed(replaced)).status).toBe(404);
    const stored = await getDb().calendarFeedToken.findMany();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("slows down a client that polls far too often", async () => {
    const token = await issueFeedToken(stranger.id);
    const answers = [];
    for (let i = 0; i < 31; i += 1) answers.push((await fetchFeed(token)).status);
    expect(answers.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(answers[30]).toBe(429);
  });
});
