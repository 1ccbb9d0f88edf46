import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { appUrl } from "@/lib/env";
import { isHttpsUrl } from "@/lib/security-headers";
import { authSecret } from "@/lib/auth/secret";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/**
 * Secure cookies whenever the public address is https (plain http still works on localhost for a trial). The
 * next-auth options take the same answer, so the cookie written at sign-in is the one next-auth reads back.
 */
export function secureCookies(): boolean {
  return isHttpsUrl(appUrl());
}

/** next-auth 4's session cookie name and options (core/lib/cookie.ts, not exported by the package). */
export function sessionCookie() {
  const secure = secureCookies();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/**
 * Starts the browser's next-auth session for a server-side session row that sign-in just opened: the same
 * encrypted JWT next-auth would write (it only names the row), under next-auth's cookie name and options.
 */
export async function setSessionCookie(session: { userId: string; sessionId: string }): Promise<void> {
  const token = await encode({
    token: { sub: session.userId, uid: session.userId, sid: session.sessionId },
    secret: await authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) });
}
