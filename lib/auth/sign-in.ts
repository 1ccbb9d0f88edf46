import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyDummy, verifyPassword } from "@/lib/auth/password";
import { clearAttempts, isLocked, loginRules, recordAttempt } from "@/lib/auth/throttle";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().max(255), password: z.string().max(256) });

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks credentials and opens a server-side session. Unknown account, wrong password and deactivated account
 * give the same answer; a lockout is told apart only once the account is locked, whatever the password.
 */
export async function signInWithPassword(input: unknown, meta: { ip: string; userAgent?: string }): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const rules = loginRules(email, meta.ip);
  if (await isLocked(rules)) return { ok: false, reason: "locked" };

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyDummy(password);
  if (!user || !valid || !user.active) {
    await recordAttempt(rules);
    return { ok: false, reason: (await isLocked(rules)) ? "locked" : "invalid" };
  }
  await clearAttempts(rules[0].key);
  const session = await db.userSession.create({
    data: { userId: user.id, sessionVersion: user.sessionVersion, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 255) },
  });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, userId: user.id, sessionId: session.id };
}
