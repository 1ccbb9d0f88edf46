/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { purgeExpired } from "@/lib/auth/purge";

const getDb = setupTestDatabase();
const minutes = (n: number, from: Date) => new Date(from.getTime() + n * 60_000);

describe("purge of expired sign-in data", () => {
  it("deletes finished throttle counters, expired or spent reset links and idle sessions, and keeps the rest", async () => {
    const db = getDb();
    const now = new Date();
    const user = await makeUser(db);
    await db.loginThrottle.createMany({
      data: [
        { key: "email:ancienne@exemple.test", failures: 3, windowStart: minutes(-60, now) },
        { key: "email:deverrouillee@exemple.test", failures: 5, windowStart: minutes(-60, now), lockedUntil: minutes(-5, now) },
        { key: "email:verrouillee@exemple.test", failures: 5, windowStart: minutes(-20, now), lockedUntil: minutes(10, now) },
        { key: "ip:192.0.2.1", failures: 2, windowStart: minutes(-5, now) },
      ],
    });
    await db.passwordResetToken.createMany({
      data: [
        { tokenHash: "expiree", userId: user.id, expiresAt: minutes(-1, now), createdAt: minutes(-31, now) },
        { tokenHash: "utilisee-ancienne", userId: user.id, expiresAt: minutes(-10, now), usedAt: minutes(-35, now), createdAt: minutes(-40, now) },
        { tokenHash: "valide", userId: user.id, expiresAt: minutes(20, now), createdAt: minutes(-10, now) },
        // Used but recent: still counted by the 3-links-per-half-hour cap.
        { tokenHash: "utilisee-recente", userId: user.id, expiresAt: minutes(25, now), usedAt: minutes(-1, now), createdAt: minutes(-5, now) },
      ],
    });
    const idle = await db.userSession.create({ data: { userId: user.id, sessionVersion: 1, lastSeenAt: minutes(-61, now) } });
    const live = await db.userSession.create({ data: { userId: user.id, sessionVersion: 1, lastSeenAt: minutes(-30, now) } });

    expect(await purgeExpired(now)).toEqual({ throttles: 2, resetLinks: 2, sessions: 1 });
    expect((await db.loginThrottle.findMany({ orderBy: { key: "asc" } })).map((r) => r.key)).toEqual(["email:verrouillee@exemple.test", "ip:192.0.2.1"]);
    expect((await db.passwordResetToken.findMany({ orderBy: { tokenHash: "asc" } })).map((r) => r.tokenHash)).toEqual(["utilisee-recente", "valide"]);
    expect((await db.userSession.findMany()).map((s) => s.id)).toEqual([live.id]);
    expect(idle.id).not.toBe(live.id);
    expect(await purgeExpired(now)).toEqual({ throttles: 0, resetLinks: 0, sessions: 0 });
  });
});
