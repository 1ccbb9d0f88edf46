/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";

// The server action behind the login form, with the request it would get from Next.js behind one trusted proxy:
// headers, a cookie jar.
process.env.TRUST_PROXY = "1";
type Cookie = { name: string; value: string; options: Record<string, unknown> };
const jar: Cookie[] = [];
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "jest", "x-forwarded-for": "203.0.113.40" }),
  cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => jar.push({ name, value, options }) }),
}));
jest.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

import { decode } from "next-auth/jwt";
import { signInForm } from "@/lib/auth/public-actions";
import { userForSession } from "@/lib/auth/current-user";
import { EMPTY_FORM_STATE } from "@/lib/actions/form-state";

const getDb = setupTestDatabase();
const SECRET = "a-test-secret-of-at-least-thirty-two-characters";
process.env.NEXTAUTH_SECRET = SECRET;

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
};
/** redirect() throws; its digest holds the target. */
async function redirectedTo(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => null, (e: unknown) => e);
  const digest = String((error as { digest?: string } | null)?.digest ?? "");
  if (!digest.startsWith("NEXT_REDIRECT")) throw new Error(`no redirect: ${String(error)}`);
  return digest.split(";")[2];
}

beforeEach(() => {
  jar.length = 0;
});

describe("the login form's action", () => {
  it("answers a wrong password with the sign-in message, keeps the email and never echoes the password", async () => {
    const user = await makeUser(getDb());
    const state = await signInForm(EMPTY_FORM_STATE, formOf({ email: user.email, password: "not the password", callbackUrl: "" }));
    expect(state).toEqual({ result: { ok: false, error: "auth.invalid", extra: {} }, values: { email: user.email, callbackUrl: "" } });
    expect(jar).toEqual([]);
  });

  it("opens a session row, writes next-auth's cookie naming it, saves the page's language and goes to a safe callback", async () => {
    const user = await makeUser(getDb());
    const to = await redirectedTo(signInForm(EMPTY_FORM_STATE, formOf({ email: user.email, password: "correct horse battery", callbackUrl: "/en/clients?sort=name" })));
    expect(to).toBe("/en/clients?sort=name");
    expect(jar).toHaveLength(1);
    const [cookie] = jar;
    expect(cookie.name).toBe("next-auth.session-token");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    const token = await decode({ token: cookie.value, secret: SECRET });
    expect(token).toMatchObject({ sub: user.id, uid: user.id, sid: expect.any(String) });
    expect((await userForSession(String(token!.sid)))?.id).toBe(user.id);
    const row = await getDb().userSession.findUniqueOrThrow({ where: { id: String(token!.sid) } });
    expect(row).toMatchObject({ ip: "203.0.113.40", userAgent: "jest" });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ locale: "en" });
  });

  it.each(["https://elsewhere.example", "//elsewhere.example", "/api/auth/signout"])("ignores the unsafe callback %s", async (callbackUrl) => {
    const user = await makeUser(getDb());
    expect(await redirectedTo(signInForm(EMPTY_FORM_STATE, formOf({ email: user.email, password: "correct horse battery", callbackUrl })))).toBe("/en");
  });

  it("keeps the lockout: after 5 failures even the right password is refused as locked, and no cookie is written", async () => {
    const user = await makeUser(getDb());
    for (let i = 0; i < 5; i++) await signInForm(EMPTY_FORM_STATE, formOf({ email: user.email, password: `wrong ${i}` }));
    const state = await signInForm(EMPTY_FORM_STATE, formOf({ email: user.email, password: "correct horse battery" }));
    expect(state.result).toMatchObject({ ok: false, error: "auth.locked" });
    expect(jar).toEqual([]);
  });

  it("refuses unknown fields and over-long entries like a wrong password, without a session", async () => {
    const user = await makeUser(getDb());
    const extra = await signInForm(EMPTY_FORM_STATE, formOf({ email: user.email, password: "correct horse battery", role: "admin" }));
    expect(extra.result).toMatchObject({ ok: false, error: "errors.invalid" });
    const long = await signInForm(EMPTY_FORM_STATE, formOf({ email: `${"a".repeat(300)}@exemple.test`, password: "x" }));
    expect(long.result).toMatchObject({ ok: false, error: "auth.invalid" });
    expect(jar).toEqual([]);
  });
});
