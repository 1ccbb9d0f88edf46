import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { getSettings } from "@/lib/settings";
import type { Role } from "@/lib/auth/permissions";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: string;
  darkMode: boolean;
  compact: boolean;
  /** The zone times are typed and shown in: the user's own choice, else the organisation's. */
  timeZone: string;
  /** The user's own choice under « Mon profil »; null follows the organisation's setting. */
  ownTimeZone: string | null;
  sessionId: string;
  /** Until the generated first password is replaced, only the password form may be used. */
  mustChangePassword?: boolean;
};

const TOUCH_EVERY_MS = 60_000;

/**
 * The signed-in user, checked against the database on every request: the session row must exist (sign-out
 * deletes it), belong to an active user whose session version has not moved on, and have been used within the
 * idle timeout. Cached for the rest of the request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(await authOptions())) as { sid?: unknown } | null;
  if (!session || typeof session.sid !== "string") return null;
  return userForSession(session.sid);
});

/**
 * The same checks for a page's background refresh (the bell's count): the request does not count as activity,
 * so a tab left open still reaches the idle timeout.
 */
export async function peekCurrentUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(await authOptions())) as { sid?: unknown } | null;
  if (!session || typeof session.sid !== "string") return null;
  return userForSession(session.sid, new Date(), { touch: false });
}

export async function userForSession(sessionId: string, now = new Date(), opts: { touch?: boolean } = {}): Promise<CurrentUser | null> {
  const row = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!row) return null;
  const { idleTimeoutMinutes, timeZone } = await getSettings();
  const idle = now.getTime() - row.lastSeenAt.getTime() > idleTimeoutMinutes * 60_000;
  if (idle || !row.user.active || row.sessionVersion !== row.user.sessionVersion) {
    await db.userSession.deleteMany({ where: { id: row.id } });
    return null;
  }
  if (opts.touch !== false && now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: row.id }, data: { lastSeenAt: now } });
  }
  return asCurrentUser(row.user, timeZone, row.id);
}

type UserRow = { id: string; name: string; email: string; role: string; locale: string; darkMode: boolean; compact: boolean; timeZone: string | null; mustChangePassword?: boolean };

/** A user row as the rest of the app sees the signed-in user (also for work done on a user's behalf, as imports). */
export function asCurrentUser(u: UserRow, orgTimeZone: string, sessionId: string): CurrentUser {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role as Role,
    locale: u.locale,
    darkMode: u.darkMode,
    compact: u.compact,
    timeZone: u.timeZone ?? orgTimeZone,
    ownTimeZone: u.timeZone,
    sessionId,
    mustChangePassword: u.mustChangePassword,
  };
}
