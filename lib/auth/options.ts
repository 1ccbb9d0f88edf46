import "server-only";
import type { NextAuthOptions } from "next-auth";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/auth/secret";
import { SESSION_MAX_AGE_SECONDS, secureCookies } from "@/lib/auth/session-cookie";

// The JWT only names the server-side session row; who the user is and whether the session is still alive are
// decided on every request by getCurrentUser(). Signing in is the login form's server action (lib/auth/
// public-actions.ts), which writes next-auth's session cookie itself, so that the form posts and works before
// scripts load; next-auth reads that cookie and signs out. No provider: there is no second way in.
export async function authOptions(): Promise<NextAuthOptions> {
  return {
    secret: await authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // From the public address itself (lib/auth/session-cookie.ts): the cookie sign-in writes is the one read back.
    useSecureCookies: secureCookies(),
    pages: { signIn: "/fr/login", error: "/fr/login" },
    providers: [],
    callbacks: {
      session({ session, token }) {
        return { ...session, user: undefined, sid: token.sid, uid: token.uid } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await db.userSession.deleteMany({ where: { id: token.sid } });
      },
    },
  };
}
