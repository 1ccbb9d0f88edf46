import "server-only";
import { db } from "@/lib/db";
import { UNKNOWN_IP } from "@/lib/auth/request-ip";

// Attempt counters live in the database so that every app instance sees the same ones.
export const THROTTLE_WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
const ACCOUNT_LIMIT = 5;
const FORGOT_LIMIT = 5;
// An address's first failures are free (an office shares one address); later ones wait longer and longer,
// never more than this, and are never refused: a per-address limit would lock out a whole office.
const ADDRESS_FREE_FAILURES = 10;
const ADDRESS_MAX_DELAY_MS = 4_000;

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKey = (ip: string) => `ip:${ip}`;

const notLocked = (now: Date) => ({ OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] });

/**
 * Adds one to a key's count in a single statement and returns the row after it, starting a new window when the
 * last one (and any lock) is over. Read-then-write would let parallel requests all read the same count.
 */
export async function bump(key: string, now: Date) {
  await db.loginThrottle.updateMany({
    where: { key, windowStart: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) }, ...notLocked(now) },
    data: { failures: 0, windowStart: now, lockedUntil: null },
  });
  try {
    return await db.loginThrottle.upsert({ where: { key }, create: { key, failures: 1, windowStart: now }, update: { failures: { increment: 1 } } });
  } catch (error) {
    // Two first attempts raced to create the row: the other one won, so count on it.
    if ((error as { code?: string }).code !== "P2002") throw error;
    return db.loginThrottle.update({ where: { key }, data: { failures: { increment: 1 } } });
  }
}

async function lock(key: string, now: Date): Promise<void> {
  await db.loginThrottle.updateMany({ where: { key, ...notLocked(now) }, data: { lockedUntil: new Date(now.getTime() + LOCK_MS) } });
}

export type Reservation = { allowed: boolean; count: number };

/**
 * Counts a password attempt on the account BEFORE the password is checked, so that parallel requests cannot
 * all pass a check made before any of them is counted. Beyond the limit, or while locked, the attempt is
 * refused without looking at the password.
 */
export async function reserveAccountAttempt(email: string, now = new Date()): Promise<Reservation> {
  const key = accountKey(email);
  const row = await bump(key, now);
  if (row.lockedUntil && row.lockedUntil > now) return { allowed: false, count: row.failures };
  if (row.failures > ACCOUNT_LIMIT) {
    await lock(key, now);
    return { allowed: false, count: row.failures };
  }
  return { allowed: true, count: row.failures };
}

/** The reserved attempt failed: the one that reached the limit locks the account. Returns whether it is locked. */
export async function accountAttemptFailed(email: string, reservation: Reservation, now = new Date()): Promise<boolean> {
  if (reservation.allowed && reservation.count < ACCOUNT_LIMIT) return false;
  await lock(accountKey(email), now);
  return true;
}

export async function clearAccountAttempts(email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: accountKey(email) } });
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
  return addressDelayMs((await bump(addressKey(ip), now)).failures);
}

/**
 * Forgotten-password requests per address; false once the address has made too many. Only a known address is
 * limited: with no trusted proxy every visitor shares one, and the per-account cap on reset emails already
 * protects mailboxes.
 */
export async function allowForgotRequest(ip: string, now = new Date()): Promise<boolean> {
  if (ip === UNKNOWN_IP) return true;
  const key = `forgot:${ip}`;
  const row = await bump(key, now);
  if (row.lockedUntil && row.lockedUntil > now) return false;
  if (row.failures >= FORGOT_LIMIT) await lock(key, now);
  return row.failures <= FORGOT_LIMIT;
}
