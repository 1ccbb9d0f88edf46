/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { userForSession } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";

// Counted, not replaced: the parallel test checks how many guesses really reached the hash.
jest.mock("@/lib/auth/password", () => {
  const actual = jest.requireActual("@/lib/auth/password");
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});

const getDb = setupTestDatabase();
// Each sign-in hashes with argon2 and the first query starts the client: slow when every worker does it at once.
jest.setTimeout(20_000);
const meta = { ip: "203.0.113.7" };

describe("sign-in", () => {
  it("opens a server-side session for the right password", async () => {
    const user = await makeUser(getDb());
    const result = await signInWithPassword({ email: user.email.toUpperCase(), password: "correct horse battery" }, meta);
    expect(result).toEqual({ ok: true, userId: user.id, sessionId: expect.any(String) });
    const current = await userForSession((result as { sessionId: string }).sessionId);
    expect(current?.id).toBe(user.id);
    expect(await getDb().auditLog.findFirst({ where: { recordId: user.id, action: "signIn" } })).toMatchObject({ userId: user.id, ip: meta.ip });
  });

  it("gives one answer for an unknown account, a wrong password and a deactivated account", async () => {
    const active = await makeUser(getDb());
    const inactive = await makeUser(getDb(), { active: false });
    const answers = await Promise.all([
      signInWithPassword({ email: "nobody@exemple.test", password: "whatever123" }, { ip: "198.51.100.1" }),
      signInWithPassword({ email: active.email, password: "wrong password" }, { ip: "198.51.100.2" }),
      signInWithPassword({ email: inactive.email, password: "correct horse battery" }, { ip: "198.51.100.3" }),
    ]);
    expect(answers).toEqual([{ ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }, { ok: false, reason: "invalid" }]);
    expect(await getDb().userSession.count({ where: { userId: { in: [active.id, inactive.id] } } })).toBe(0);
  });

  it("locks an account after 5 failures, even against the right password", async () => {
    const user = await makeUser(getDb());
    for (let i = 0; i < 4; i++) expect(await signInWithPassword({ email: user.email, password: `nope-${i}` }, meta)).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email: user.email, password: "nope-5" }, meta)).toEqual({ ok: false, reason: "locked" });
    expect(await signInWithPassword({ email: user.email, password: "correct horse battery" }, { ip: "192.0.2.50" })).toEqual({ ok: false, reason: "locked" });
    const row = await getDb().loginThrottle.findUnique({ where: { key: `email:${user.email}` } });
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Each attempt is in the audit log, with the address it came from.
    const events = await getDb().auditLog.findMany({ where: { recordId: user.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(events.map((e) => [e.action, e.ip])).toEqual([...Array(4).fill(["signInFailed", meta.ip]), ["lockout", meta.ip], ["lockout", "192.0.2.50"]]);
  });

  it("cannot be outrun by parallel wrong passwords: 50 at once, then the right one is refused", async () => {
    const user = await makeUser(getDb());
    const noWait = async () => {};
    const verify = jest.mocked(verifyPassword);
    verify.mockClear();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signInWithPassword({ email: user.email, password: `guess-${i}` }, { ip: `198.51.100.${i + 1}` }, { sleep: noWait })),
    );
    expect(answers.every((a) => !a.ok)).toBe(true);
    // Each guess checked is a guess the attacker gets: no more than the lockout allows.
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(await signInWithPassword({ email: user.email, password: "correct horse battery" }, { ip: "192.0.2.51" }, { sleep: noWait })).toEqual({
      ok: false,
      reason: "locked",
    });
  }, 30_000);

  it("lets a success reset the account's count", async () => {
    const user = await makeUser(getDb());
    for (let i = 0; i < 4; i++) await signInWithPassword({ email: user.email, password: `nope-${i}` }, meta);
    expect(await signInWithPassword({ email: user.email, password: "correct horse battery" }, meta)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await signInWithPassword({ email: user.email, password: `again-${i}` }, meta)).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down an address that keeps failing but never refuses it the right password", async () => {
    const ip = "192.0.2.99";
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    for (let i = 0; i < 40; i++) {
      expect(await signInWithPassword({ email: `guess${i}@exemple.test`, password: "x" }, { ip }, { sleep })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(waits.slice(0, 10).every((ms) => ms === 0)).toBe(true); // an office's typos cost nothing
    expect(waits[10]).toBeGreaterThan(0);
    expect(waits[12]).toBeGreaterThan(waits[11]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(5_000);
    const user = await makeUser(getDb());
    expect(await signInWithPassword({ email: user.email, password: "correct horse battery" }, { ip }, { sleep })).toMatchObject({ ok: true });
    expect(waits).toHaveLength(40); // the right password is not held back either
  }, 30_000);
});

describe("sessions", () => {
  async function openSession() {
    const user = await makeUser(getDb());
    const result = await signInWithPassword({ email: user.email, password: "correct horse battery" }, { ip: `10.0.0.${Math.floor(Math.random() * 250)}` });
    if (!result.ok) throw new Error("sign-in failed");
    return { user, sessionId: result.sessionId };
  }

  it("stops working on the next request once the user is deactivated", async () => {
    const { user, sessionId } = await openSession();
    expect(await userForSession(sessionId)).not.toBeNull();
    await getDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await userForSession(sessionId)).toBeNull();
    expect(await getDb().userSession.count({ where: { id: sessionId } })).toBe(0);
  });

  it("is refused after the session version moves on (password change, sign-out everywhere)", async () => {
    const { user, sessionId } = await openSession();
    await getDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await userForSession(sessionId)).toBeNull();
  });

  it("expires after the idle timeout and is kept alive by use", async () => {
    const { sessionId } = await openSession();
    const start = new Date();
    const in30 = new Date(start.getTime() + 30 * 60_000);
    expect(await userForSession(sessionId, in30)).not.toBeNull(); // used: lastSeenAt moves to in30
    const in80 = new Date(start.getTime() + 80 * 60_000);
    expect(await userForSession(sessionId, in80)).not.toBeNull(); // 50 minutes after last use
    const in150 = new Date(start.getTime() + 150 * 60_000);
    expect(await userForSession(sessionId, in150)).toBeNull(); // 70 minutes idle > 60
  });

  it("follows the idle timeout setting", async () => {
    await getDb().setting.upsert({
      where: { key: "organisation" },
      create: { key: "organisation", value: JSON.stringify({ timeZone: "America/Iqaluit", idleTimeoutMinutes: 10 }) },
      update: { value: JSON.stringify({ timeZone: "America/Iqaluit", idleTimeoutMinutes: 10 }) },
    });
    const { sessionId } = await openSession();
    expect(await userForSession(sessionId, new Date(Date.now() + 11 * 60_000))).toBeNull();
    await getDb().setting.delete({ where: { key: "organisation" } });
  });
});
