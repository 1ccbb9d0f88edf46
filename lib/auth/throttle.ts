import "server-only";
import { db } from "@/lib/db";

// Attempt counters live in the database so that every app instance sees the same ones.
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;

export type Rule = { key: string; limit: number };

export const loginRules = (email: string, ip: string): Rule[] => [
  { key: `email:${email.toLowerCase()}`, limit: 5 },
  { key: `ip:${ip}`, limit: 30 },
];
export const forgotRules = (ip: string): Rule[] => [{ key: `forgot:${ip}`, limit: 5 }];

export async function isLocked(rules: Rule[], now = new Date()): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: rules.map((r) => r.key) } } });
  return rows.some((r) => r.lockedUntil !== null && r.lockedUntil > now);
}

/** Counts one attempt against each rule; reaching a rule's limit within the window locks it. */
export async function recordAttempt(rules: Rule[], now = new Date()): Promise<void> {
  for (const { key, limit } of rules) {
    const row = await db.loginThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= limit ? new Date(now.getTime() + LOCK_MS) : (row?.lockedUntil ?? null);
    await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil },
      update: { failures, lockedUntil, ...(fresh ? { windowStart: now } : {}) },
    });
  }
}

export async function clearAttempts(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}
