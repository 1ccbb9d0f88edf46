import "server-only";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";

const HOUR_MS = 60 * 60_000;

/**
 * Deletes what can no longer be used: throttle counters whose window and lock are over, reset links past their
 * expiry (used ones too, but no sooner: the cap of 3 links per half hour counts them), and sessions idle longer
 * than the organisation's timeout. Safe to run on several instances at once.
 */
export async function purgeExpired(now = new Date()) {
  const { idleTimeoutMinutes } = await getSettings();
  const throttles = await db.loginThrottle.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
  });
  const resetLinks = await db.passwordResetToken.deleteMany({ where: { expiresAt: { lte: now } } });
  const sessions = await db.userSession.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - idleTimeoutMinutes * 60_000) } } });
  return { throttles: throttles.count, resetLinks: resetLinks.count, sessions: sessions.count };
}

let timer: ReturnType<typeof setInterval> | undefined;

/** At start, then every hour; a failed run is logged and the next one tries again. */
export function startPurging(): void {
  if (timer) return;
  const run = () => purgeExpired().catch((error: unknown) => console.error("[crm] purge of expired sign-in data failed", error));
  void run();
  timer = setInterval(run, HOUR_MS);
  timer.unref();
}
