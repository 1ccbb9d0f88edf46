/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("next/headers", () => ({ headers: async () => new Headers() }));
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ ...jest.requireActual("@/lib/auth/current-user"), getCurrentUser: () => currentUser() }));

import { bootstrap } from "@/lib/bootstrap";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { userForSession } from "@/lib/auth/current-user";
import { changePassword, createUser, updatePreferences, updateProfile } from "@/lib/users/actions";

const getDb = setupTestDatabase();

async function firstStart(env: Record<string, string | undefined>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  const printed: string[] = [];
  const info = jest.spyOn(console, "info").mockImplementation((line: string) => void printed.push(line));
  try {
    await getDb().user.deleteMany();
    await bootstrap();
    return printed.join("\n");
  } finally {
    info.mockRestore();
    process.env = saved;
  }
}

describe("first administrator with a generated password", () => {
  it("must choose a new password: every other action is refused until then, and changing it clears the flag", async () => {
    const printed = await firstStart({ CRM_ADMIN_EMAIL: "premiere.admin@exemple.test", CRM_ADMIN_PASSWORD: undefined });
    const generated = /shown once\): (\S+)/.exec(printed)![1];
    const admin = await getDb().user.findUniqueOrThrow({ where: { email: "premiere.admin@exemple.test" } });
    expect(admin.mustChangePassword).toBe(true);

    const signedIn = await signInWithPassword({ email: admin.email, password: generated }, { ip: "192.0.2.10" });
    if (!signedIn.ok) throw new Error("sign-in failed");
    const me = (await userForSession(signedIn.sessionId))!;
    expect(me.mustChangePassword).toBe(true);
    currentUser.mockResolvedValue(me);

    const refused = { ok: false, error: "errors.passwordChangeRequired" };
    expect(await updateProfile({ name: "Admin", locale: "en" })).toEqual(refused);
    expect(await updatePreferences({ darkMode: true })).toEqual(refused);
    expect(await createUser({ name: "Personne Inventée", email: "cree.trop.tot@exemple.test", role: "staff", locale: "fr", password: "une phrase de passe" })).toEqual(refused);
    expect(await getDb().user.count({ where: { email: "cree.trop.tot@exemple.test" } })).toBe(0);

    expect(await changePassword({ currentPassword: generated, newPassword: "ma propre phrase", confirmPassword: "ma propre phrase" })).toEqual({ ok: true, data: { changed: true } });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ mustChangePassword: false });
    const after = (await userForSession(signedIn.sessionId))!;
    expect(after.mustChangePassword).toBe(false);
    currentUser.mockResolvedValue(after);
    expect(await updatePreferences({ darkMode: true })).toMatchObject({ ok: true });
  }, 30_000);

  it("is not asked when CRM_ADMIN_PASSWORD was given", async () => {
    await firstStart({ CRM_ADMIN_EMAIL: "choisie@exemple.test", CRM_ADMIN_PASSWORD: "une phrase choisie" });
    expect(await getDb().user.findUniqueOrThrow({ where: { email: "choisie@exemple.test" } })).toMatchObject({ mustChangePassword: false });
  });

  it("is never asked of other accounts", async () => {
    const user = await makeUser(getDb());
    expect(user.mustChangePassword).toBe(false);
  });
});
