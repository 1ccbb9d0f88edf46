/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/headers", () => ({ headers: async () => new Headers() }));
// What after() was given, run by the test once the action has answered.
const afterResponse: (() => Promise<unknown>)[] = [];
jest.mock("next/server", () => ({ after: (task: () => Promise<unknown>) => void afterResponse.push(task) }));
const sendMail = jest.fn<Promise<object>, [{ to: string; subject: string; text: string }]>();
jest.mock("@/lib/mail/send", () => ({ sendMail: (mail: { to: string; subject: string; text: string }) => sendMail(mail) }));
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { forgotPassword } from "@/lib/auth/public-actions";
import { requestPasswordReset, resetPassword, resetTokenIsValid } from "@/lib/auth/password-reset";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { changePassword, updateUser } from "@/lib/users/actions";
import { asCurrentUser } from "@/tests/helpers/record-mocks";

const getDb = setupTestDatabase();
// Each sign-in hashes with argon2 and the first query starts the client: slow when every worker does it at once.
jest.setTimeout(20_000);
const runAfterResponse = async () => {
  for (const task of afterResponse.splice(0)) await task();
};
const linkSentTo = async (email: string) => {
  sendMail.mockResolvedValue({});
  await requestPasswordReset(email);
  const mail = sendMail.mock.calls.map(([m]) => m).findLast((m) => m.to === email)!;
  return /token=([\w-]+)/.exec(mail.text)![1];
};

describe("forgotten password", () => {
  it("answers at once and in the same words for a known, an unknown and a failing-mail address, and logs the failure", async () => {
    const known = await makeUser(getDb());
    const mailFails = await makeUser(getDb());
    sendMail.mockImplementation(async (mail) => {
      if (mail.to === mailFails.email) throw new Error("SMTP 421 service not available");
      return {};
    });
    const log = jest.spyOn(console, "error").mockImplementation(() => {});
    const answers = [];
    for (const email of [known.email, "personne.inconnue@exemple.test", mailFails.email]) answers.push(await forgotPassword({ email }));
    expect(answers).toEqual([
      { ok: true, data: { sent: true } },
      { ok: true, data: { sent: true } },
      { ok: true, data: { sent: true } },
    ]);
    // Nothing about the account was looked at before answering: the answer cannot depend on it.
    expect(sendMail).not.toHaveBeenCalled();
    expect(await getDb().passwordResetToken.count({ where: { userId: { in: [known.id, mailFails.id] } } })).toBe(0);

    await runAfterResponse();
    expect(sendMail.mock.calls.map(([m]) => m.to).sort()).toEqual([known.email, mailFails.email].sort());
    expect(log).toHaveBeenCalledWith(expect.stringContaining("password reset"), expect.objectContaining({ message: "SMTP 421 service not available" }));
    log.mockRestore();
  });
});

describe("outstanding reset links", () => {
  it("are revoked when the user changes their password on the profile", async () => {
    const user = await makeUser(getDb());
    const token = await linkSentTo(user.email);
    currentUser.mockResolvedValue(asCurrentUser(user));
    const changed = await changePassword({ currentPassword: "correct horse battery", newPassword: "aurores du nord", confirmPassword: "aurores du nord" });
    expect(changed).toEqual({ ok: true, data: { changed: true } });
    expect(await resetTokenIsValid(token)).toBe(false);
    expect(await resetPassword(token, "prise de controle")).toBe(false);
  });

  it("are revoked when an admin changes the user's email or password", async () => {
    const admin = await makeUser(getDb(), { role: "admin" });
    currentUser.mockResolvedValue(asCurrentUser(admin));
    const user = await makeUser(getDb());
    const base = { id: user.id, name: user.name, role: "staff", locale: "fr" };
    const first = await linkSentTo(user.email);
    expect(await updateUser({ ...base, email: `nouvelle.${user.email}` })).toMatchObject({ ok: true });
    expect(await resetTokenIsValid(first)).toBe(false);
    const second = await linkSentTo(`nouvelle.${user.email}`);
    expect(await updateUser({ ...base, email: `nouvelle.${user.email}`, password: "glace de mer 2026" })).toMatchObject({ ok: true });
    expect(await resetTokenIsValid(second)).toBe(false);
  });

  it("are revoked when one of them is used", async () => {
    const user = await makeUser(getDb());
    const [first, second] = [await linkSentTo(user.email), await linkSentTo(user.email)];
    expect(await resetPassword(first, "banquise et toundra")).toBe(true);
    expect(await resetTokenIsValid(second)).toBe(false);
  });
});

describe("« Mot de passe actuel » on the profile", () => {
  it("is throttled with sign-in's counters: locked after 5 wrong tries, then even the right one is refused", async () => {
    const user = await makeUser(getDb());
    currentUser.mockResolvedValue(asCurrentUser(user));
    const attempt = (currentPassword: string) => changePassword({ currentPassword, newPassword: "aurores du nord", confirmPassword: "aurores du nord" });
    for (let i = 0; i < 4; i++) expect(await attempt(`mauvais-${i}`)).toMatchObject({ ok: false, fieldErrors: { currentPassword: { key: "profile.wrongPassword" } } });
    expect(await attempt("mauvais-5")).toMatchObject({ ok: false, error: "profile.passwordLocked" });
    expect(await attempt("correct horse battery")).toMatchObject({ ok: false, error: "profile.passwordLocked" });
    expect(await signInWithPassword({ email: user.email, password: "correct horse battery" }, { ip: "192.0.2.8" })).toEqual({ ok: false, reason: "locked" });
    expect(await signInWithPassword({ email: user.email, password: "aurores du nord" }, { ip: "192.0.2.8" })).toEqual({ ok: false, reason: "locked" });
  });

  it("does not spend an attempt on a mistake in the new password", async () => {
    const user = await makeUser(getDb());
    currentUser.mockResolvedValue(asCurrentUser(user));
    for (let i = 0; i < 6; i++) {
      expect(await changePassword({ currentPassword: "correct horse battery", newPassword: "court", confirmPassword: "court" })).toMatchObject({ ok: false });
    }
    expect(await changePassword({ currentPassword: "correct horse battery", newPassword: "aurores du nord", confirmPassword: "aurores du nord" })).toMatchObject({ ok: true });
  });
});
