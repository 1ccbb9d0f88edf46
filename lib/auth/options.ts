import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/auth/secret";
import { appUrl } from "@/lib/env";
import { isHttpsUrl } from "@/lib/security-headers";
import { requestIp } from "@/lib/auth/request-ip";
import { signInWithPassword } from "@/lib/auth/sign-in";

// The JWT only names the server-side session row; who the user is and whether the session is still alive are
// decided on every request by getCurrentUser().
export async function authOptions(): Promise<NextAuthOptions> {
  return {
    secret: await authSecret(),
    // From the public address itself: next-auth would otherwise guess from NEXTAUTH_URL, which may be unset
    // or copied from elsewhere. Secure cookies are also __Secure-/__Host- prefixed.
    useSecureCookies: isHttpsUrl(appUrl()),
    session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
    pages: { signIn: "/fr/login", error: "/fr/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const headers = (req?.headers ?? {}) as Record<string, string>;
          const result = await signInWithPassword(credentials, { ip: requestIp(headers), userAgent: headers["user-agent"] });
          if (!result.ok) throw new Error(result.reason === "locked" ? "locked" : "invalid");
          return { id: result.userId, sid: result.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sid = (user as { sid?: string }).sid;
        }
        return token;
      },
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
