import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyDummy, verifyPassword } from "@/lib/auth/password";
import { clearAttempts, isLocked, loginRules, recordAddressFailure, recordAttempt } from "@/lib/auth/throttle";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().max(255), password: z.string().max(256) });

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; reason: "invalid" | "locked" };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks credentials and opens a server-side session. Unknown account, wrong password and deactivated account
 * give the same answer; a lockout is told apart only once the account is locked, whatever the password. Failed
 * answers from an address that keeps failing are slowed down, never refused.
 */
export async function signInWithPassword(
  input: unknown,
  meta: { ip: string; userAgent?: string },
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const rules = loginRules(email);
  const fail = async (reason: "invalid" | "locked"): Promise<SignInResult> => {
    await (options.sleep ?? pause)(await recordAddressFailure(meta.ip));
    return { ok: false, reason };
  };
  if (await isLocked(rules)) return fail("locked");

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyDummy(password);
  if (!user || !valid || !user.active) {
    await recordAttempt(rules);
    return fail((await isLocked(rules)) ? "locked" : "invalid");
  }
  await clearAttempts(rules[0].key);
  const session = await db.userSession.create({
    data: { userId: user.id, sessionVersion: user.sessionVersion, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 255) },
  });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, userId: user.id, sessionId: session.id };
}
