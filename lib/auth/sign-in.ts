import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyDummy, verifyPassword } from "@/lib/auth/password";
import { passwordAttempt, type Sleep } from "@/lib/auth/password-attempt";
import { logEvent } from "@/lib/records/audit";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().max(255), password: z.string().max(256) });

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks credentials and opens a server-side session. Unknown account, wrong password and deactivated account
 * give the same answer; a lockout is told apart only once the account is locked, whatever the password. Failed
 * answers from an address that keeps failing are slowed down, never refused.
 */
export async function signInWithPassword(input: unknown, meta: { ip: string; userAgent?: string }, options: { sleep?: Sleep } = {}): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const outcome = await passwordAttempt(
    email,
    meta.ip,
    // An unknown account still costs one hash, so that its answer takes as long.
    async () => (user ? (await verifyPassword(user.passwordHash, password)) && user.active : verifyDummy(password).then(() => false)),
    options.sleep,
  );
  if (outcome !== "ok" || !user) {
    // The audit log keeps failed and locked attempts too; the e-mail typed is kept only when it names an account.
    await logEvent(db, { action: outcome === "locked" ? "lockout" : "signInFailed", user: user ? { id: user.id, name: user.name } : null, ip: meta.ip, module: "users", recordId: user?.id ?? null });
    return { ok: false, reason: outcome === "locked" ? "locked" : "invalid" };
  }
  const session = await db.userSession.create({
    data: { userId: user.id, sessionVersion: user.sessionVersion, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 255) },
  });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await logEvent(db, { action: "signIn", user: { id: user.id, name: user.name }, ip: meta.ip, module: "users", recordId: user.id });
  return { ok: true, userId: user.id, sessionId: session.id };
}
