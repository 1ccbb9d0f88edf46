/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { notify } from "@/lib/notifications/notify";
import { scheduleReminders } from "@/lib/notifications/reminders";

const getDb = setupTestDatabase();

describe("notify", () => {
  it("writes one plain-text row per distinct recipient, never to the actor", async () => {
    const db = getDb();
    const [actor, a, b] = [await makeUser(db), await makeUser(db), await makeUser(db)];
    const written = await notify(db, {
      userIds: [a.id, b.id, a.id, actor.id],
      kind: "mention",
      module: "clients",
      recordId: "c1",
      actor: { id: actor.id, name: actor.name },
      title: "<b>Élise Tremblay</b>",
      excerpt: "x".repeat(600),
    });
    expect(written).toBe(2);
    const rows = await db.notification.findMany({ orderBy: { userId: "asc" } });
    expect(rows.map((r) => r.userId).sort()).toEqual([a.id, b.id].sort());
    expect(rows[0]).toMatchObject({ kind: "mention", module: "clients", recordId: "c1", actorName: actor.name, title: "<b>Élise Tremblay</b>", readAt: null });
    expect(rows[0].excerpt).toHaveLength(500);
    expect(await notify(db, { userIds: [actor.id], kind: "assigned", actor: { id: actor.id, name: actor.name }, title: "t" })).toBe(0);
  });
});

describe("scheduleReminders", () => {
  it("keeps one reminder per user, re-arms a sent one only when its time moves, and clears on null", async () => {
    const db = getDb();
    const [a, b] = [await makeUser(db), await makeUser(db)];
    const at = new Date("2026-12-01T14:45:00Z");
    const target = { module: "calls", recordId: "r1" };
    await scheduleReminders(db, { ...target, userIds: [a.id, b.id, a.id], dueAt: at });
    expect(await db.reminder.count({ where: target })).toBe(2);

    await db.reminder.updateMany({ where: target, data: { sentAt: new Date() } });
    await scheduleReminders(db, { ...target, userIds: [a.id], dueAt: at });
    const kept = await db.reminder.findMany({ where: target });
    expect(kept.map((r) => [r.userId, r.sentAt !== null])).toEqual([[a.id, true]]);

    const later = new Date("2026-12-01T15:45:00Z");
    await scheduleReminders(db, { ...target, userIds: [a.id], dueAt: later });
    expect(await db.reminder.findFirstOrThrow({ where: target })).toMatchObject({ dueAt: later, sentAt: null, claimedAt: null });

    await scheduleReminders(db, { ...target, userIds: [a.id], dueAt: null });
    expect(await db.reminder.count({ where: target })).toBe(0);
  });
});
