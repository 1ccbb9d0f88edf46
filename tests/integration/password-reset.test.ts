/** @jest-environment node */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { requestPasswordReset, resetPassword, resetTokenIsValid } from "@/lib/auth/password-reset";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { userForSession } from "@/lib/auth/current-user";

const getDb = setupTestDatabase();
const dataDir = mkdtempSync(join(tmpdir(), "crm-mail-"));
process.env.CRM_DATA_DIR = dataDir;
process.env.APP_URL = "https://crm.exemple.test";
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const outbox = () => {
  try {
    return readdirSync(join(dataDir, "outbox")).map((f) => readFileSync(join(dataDir, "outbox", f), "utf8"));
  } catch {
    return [];
  }
};
// The body is quoted-printable: unfold soft line breaks and decode "=3D" before reading the link.
const decode = (eml: string) => eml.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
const tokenIn = (eml: string) => /reset-password\?token=([\w-]+)/.exec(decode(eml))![1];

describe("forgotten password", () => {
  it("mails a link built from APP_URL, in the user's language, with a single-use token", async () => {
    const user = await makeUser(getDb());
    const before = outbox().length;
    await requestPasswordReset(user.email);
    const mails = outbox();
    expect(mails).toHaveLength(before + 1);
    const mail = mails.find((m) => m.includes(user.email))!;
    expect(decode(mail)).toContain("https://crm.exemple.test/fr/reset-password?token=");
    const token = tokenIn(mail);
    expect(await resetTokenIsValid(token)).toBe(true);
    // Only the hash is stored.
    expect(await getDb().passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);

    const { sessionId } = (await signInWithPassword({ email: user.email, password: "correct horse battery" }, { ip: "10.1.1.1" })) as { sessionId: string };
    expect(await resetPassword(token, "a brand new passphrase")).toBe(true);
    expect(await resetPassword(token, "another new passphrase")).toBe(false);
    expect(await resetTokenIsValid(token)).toBe(false);
    expect(await userForSession(sessionId)).toBeNull(); // open sessions are closed
    expect(await signInWithPassword({ email: user.email, password: "a brand new passphrase" }, { ip: "10.1.1.1" })).toMatchObject({ ok: true });
  });

  it("refuses an expired token", async () => {
    const user = await makeUser(getDb());
    await requestPasswordReset(user.email);
    const token = tokenIn(outbox().find((m) => m.includes(user.email))!);
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await resetTokenIsValid(token, later)).toBe(false);
    expect(await resetPassword(token, "a brand new passphrase", later)).toBe(false);
  });

  it("sends nothing for an unknown or deactivated address", async () => {
    const inactive = await makeUser(getDb(), { active: false });
    const before = outbox().length;
    await requestPasswordReset("personne@exemple.test");
    await requestPasswordReset(inactive.email);
    expect(outbox()).toHaveLength(before);
  });

  it("sends at most 3 links per half hour to one account", async () => {
    const user = await makeUser(getDb());
    for (let i = 0; i < 5; i++) await requestPasswordReset(user.email);
    expect(outbox().filter((m) => m.includes(user.email))).toHaveLength(3);
  });
});
