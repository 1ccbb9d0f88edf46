/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser(), peekCurrentUser: () => currentUser() }));

import { loadBell, markAllNotificationsRead, markNotificationRead, saveEmailPreferences } from "@/lib/notifications/actions";
import { searchColleagues } from "@/lib/notifications/colleague-actions";
import { notify } from "@/lib/notifications/notify";
import { notificationPage, unreadCount } from "@/lib/notifications/queries";
import { GET as countRoute } from "@/app/api/notifications/count/route";

const getDb = setupTestDatabase();
let me: CurrentUser, other: CurrentUser;
beforeAll(async () => {
  me = asCurrentUser(await makeUser(getDb(), { name: "Élise Côté" }));
  other = asCurrentUser(await makeUser(getDb(), { name: "Eli Akavak" }));
  await makeUser(getDb(), { name: "Élisabeth Retraitée", active: false });
});
beforeEach(() => getDb().notification.deleteMany());

const send = (userId: string, title: string) => notify(getDb(), { userIds: [userId], kind: "assigned", module: "clients", recordId: "c1", title });

describe("access control", () => {
  it("gives nothing without a session", async () => {
    await send(me.id, "Dossier");
    currentUser.mockResolvedValue(null);
    const denied = { ok: false, error: "errors.unauthenticated" };
    const [n] = await getDb().notification.findMany();
    expect(await markNotificationRead({ id: n.id })).toEqual(denied);
    expect(await markAllNotificationsRead({})).toEqual(denied);
    expect(await loadBell({})).toEqual(denied);
    expect(await searchColleagues({ q: "é" })).toEqual(denied);
    expect(await saveEmailPreferences({ emailReminders: "on" })).toEqual(denied);
    expect((await countRoute()).status).toBe(401);
    expect((await getDb().notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).toBeNull();
  });

  it("marking someone else's notification read is a no-op, and « all » means only mine", async () => {
    await send(other.id, "Pas à moi");
    await send(me.id, "À moi");
    const theirs = await getDb().notification.findFirstOrThrow({ where: { userId: other.id } });
    currentUser.mockResolvedValue(me);
    expect(await markNotificationRead({ id: theirs.id })).toEqual({ ok: true, data: { marked: 0 } });
    expect(await markAllNotificationsRead({})).toEqual({ ok: true, data: { marked: 1 } });
    expect(await getDb().notification.count({ where: { userId: other.id, readAt: null } })).toBe(1);
    expect(await markNotificationRead({ id: theirs.id, extra: 1 })).toMatchObject({ ok: false, error: "errors.invalid" });
  });
});

describe("the bell", () => {
  it("counts unread up to 99+, and the route answers in a few bytes", async () => {
    await getDb().notification.createMany({ data: Array.from({ length: 101 }, (_, i) => ({ userId: me.id, kind: "mention", title: `N${i}` })) });
    expect(await unreadCount(me.id)).toEqual({ count: 99, capped: true });
    currentUser.mockResolvedValue(me);
    const response = await countRoute();
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ n: 99, c: true });
    expect(body.length).toBeLessThan(20);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("loads the latest eight of mine, newest first, as plain data with the record's path", async () => {
    for (let i = 0; i < 10; i++) await getDb().notification.create({ data: { userId: me.id, kind: "assigned", module: "clients", recordId: `r${i}`, title: `<b>T${i}</b>`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) } });
    await send(other.id, "Pas à moi");
    currentUser.mockResolvedValue(me);
    const result = await loadBell({});
    if (!result.ok) throw new Error("refused");
    expect(result.data.unread).toEqual({ count: 10, capped: false });
    expect(result.data.items.map((i) => i.title)).toEqual([9, 8, 7, 6, 5, 4, 3, 2].map((i) => `<b>T${i}</b>`));
    expect(result.data.items[0]).toMatchObject({ kind: "assigned", href: "/clients/r9", read: false });
  });

  it("pages with a keyset: unread first, then read; or newest first", async () => {
    for (let i = 0; i < 7; i++) {
      await getDb().notification.create({ data: { userId: me.id, kind: "mention", title: `T${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)), readAt: i % 2 ? new Date() : null } });
    }
    const titles = async (order: "unread" | "newest") => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof notificationPage>> = await notificationPage(me.id, order, cursor, 3);
        seen.push(page.items.map((i) => i.title).join(","));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await titles("unread")).toEqual(["T6,T4,T2", "T0,T5,T3", "T1"]);
    expect(await titles("newest")).toEqual(["T6,T5,T4", "T3,T2,T1", "T0"]);
    // A forged cursor starts again from the top.
    expect((await notificationPage(me.id, "newest", "not-a-cursor", 3)).items[0].title).toBe("T6");
  });
});

describe("colleague suggestions and e-mail preferences", () => {
  it("suggests at most eight active colleagues by name prefix, accents aside, never myself", async () => {
    currentUser.mockResolvedValue(me);
    expect(await searchColleagues({ q: "eli" })).toEqual({ ok: true, data: [{ id: other.id, name: "Eli Akavak" }] });
    expect(await searchColleagues({ q: "AKA" })).toEqual({ ok: true, data: [{ id: other.id, name: "Eli Akavak" }] });
    await getDb().user.createMany({ data: Array.from({ length: 12 }, (_, i) => ({ email: `zed${i}@exemple.test`, name: `Zed ${i}`, passwordHash: "x" })) });
    const many = await searchColleagues({ q: "" });
    expect(many.ok && many.data.length).toBe(8);
    expect(await searchColleagues({ q: "x".repeat(65) })).toMatchObject({ ok: false, error: "errors.invalid" });
  });

  it("stores the two e-mail choices of the signed-in user only", async () => {
    currentUser.mockResolvedValue(me);
    expect(await saveEmailPreferences({ emailReminders: "on" })).toEqual({ ok: true, data: { emailReminders: true, emailAssignments: false } });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ emailReminders: true, emailAssignments: false });
    expect(await saveEmailPreferences({ emailReminders: "on", userId: other.id })).toMatchObject({ ok: false });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ emailReminders: false });
  });
});
