import "server-only";
import { db } from "@/lib/db";
import { UNKNOWN_IP } from "@/lib/auth/request-ip";

// Attempt counters live in the database so that every app instance sees the same ones.
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
// An address's first failures are free (an office shares one address); later ones wait longer and longer,
// never more than this, and are never refused: a per-address limit would lock out a whole office.
const ADDRESS_FREE_FAILURES = 10;
const ADDRESS_MAX_DELAY_MS = 4_000;

export type Rule = { key: string; limit: number };

export const loginRules = (email: string): Rule[] => [{ key: `email:${email.toLowerCase()}`, limit: 5 }];
// Only a known address is limited: with no trusted proxy every visitor shares one, and the per-account cap on
// reset emails already protects mailboxes.
export const forgotRules = (ip: string): Rule[] => (ip === UNKNOWN_IP ? [] : [{ key: `forgot:${ip}`, limit: 5 }]);

export async function isLocked(rules: Rule[], now = new Date()): Promise<boolean> {
  if (rules.length === 0) return false;
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

/** How long a failed answer waits once an address has failed `failures` times in the window. */
export function addressDelayMs(failures: number): number {
  const over = failures - ADDRESS_FREE_FAILURES;
  return over <= 0 ? 0 : Math.min(ADDRESS_MAX_DELAY_MS, 250 * 2 ** (over - 1));
}

/**
 * Counts a failed password from this address and returns how long to hold the answer. Success never clears
 * it: an attacker with one valid account could otherwise reset the count between guesses.
 */
export async function recordAddressFailure(ip: string, now = new Date()): Promise<number> {
  const key = `ip:${ip}`;
  await recordAttempt([{ key, limit: Number.POSITIVE_INFINITY }], now);
  const row = await db.loginThrottle.findUnique({ where: { key } });
  return addressDelayMs(row?.failures ?? 0);
}
