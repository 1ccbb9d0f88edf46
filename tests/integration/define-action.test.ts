/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));

import { z } from "zod";
import { createUser, setUserActive, updateUser } from "@/lib/users/actions";
import { updateSettings } from "@/lib/settings-actions";
import { defineAction, definePublicAction } from "@/lib/actions/define-action";
import { f } from "@/lib/records/zod-fields";

const getDb = setupTestDatabase();

const asUser = (u: { id: string; name: string; email: string; role: string }): CurrentUser => ({
  id: u.id, name: u.name, email: u.email, role: u.role as CurrentUser["role"], locale: "fr", darkMode: false, compact: false, timeZone: "America/Iqaluit", ownTimeZone: null, sessionId: "s",
});
const newUserInput = (email: string) => ({ name: "Personne Inventée", email, role: "staff", locale: "fr", password: "une phrase de passe" });

describe("defineAction", () => {
  it("refuses a call without a session and writes nothing", async () => {
    currentUser.mockResolvedValue(null);
    const before = await getDb().user.count();
    expect(await createUser(newUserInput("anon@exemple.test"))).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await updateSettings({ timeZone: "America/Toronto", idleTimeoutMinutes: 30 })).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await getDb().user.count()).toBe(before);
    expect(await getDb().setting.count({ where: { key: "organisation" } })).toBe(0);
  });

  it.each(["staff", "manager"])("refuses a %s managing users or settings and writes nothing", async (role) => {
    const me = await makeUser(getDb(), { role });
    const victim = await makeUser(getDb());
    currentUser.mockResolvedValue(asUser(me));
    expect(await createUser(newUserInput(`${role}-made@exemple.test`))).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await updateUser({ ...newUserInput(victim.email), id: victim.id, role: "admin" })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await setUserActive({ id: victim.id, active: false })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await updateSettings({ timeZone: "America/Toronto", idleTimeoutMinutes: 30 })).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await getDb().user.findUnique({ where: { email: `${role}-made@exemple.test` } })).toBeNull();
    expect(await getDb().user.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ role: "staff", active: true });
    expect(await getDb().setting.count({ where: { key: "organisation" } })).toBe(0);
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const admin = await makeUser(getDb(), { role: "admin" });
    currentUser.mockResolvedValue(asUser(admin));
    const before = await getDb().user.count();
    const unknownKey = await createUser({ ...newUserInput("extra@exemple.test"), isSuperuser: true });
    expect(unknownKey).toMatchObject({ ok: false, error: "errors.invalid", fieldErrors: { _form: { key: "validation.unknownField" } } });
    const bad = await createUser({ ...newUserInput("not-an-email"), name: "x".repeat(256), role: "root" });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { name: { key: "validation.tooLong", values: { max: 255 } }, email: { key: "validation.email" }, role: { key: "validation.choice" } },
    });
    const weak = await createUser({ ...newUserInput("weak@exemple.test"), password: "court" });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: { key: "validation.passwordTooShort" } } });
    const common = await createUser({ ...newUserInput("common@exemple.test"), password: "password123" });
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: { key: "validation.passwordCommon" } } });
    expect(await getDb().user.count()).toBe(before);
  });

  it("lets an admin create, change the role of, deactivate and reactivate a user", async () => {
    const admin = await makeUser(getDb(), { role: "admin" });
    currentUser.mockResolvedValue(asUser(admin));
    const created = await createUser(newUserInput("Nouvelle.Agente@Exemple.test"));
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;
    const row = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(row.email).toBe("nouvelle.agente@exemple.test");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await updateUser({ ...newUserInput(row.email), id, role: "manager", password: "" })).toMatchObject({ ok: true });
    const promoted = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(promoted.role).toBe("manager");
    expect(promoted.sessionVersion).toBe(row.sessionVersion + 1);

    expect(await setUserActive({ id, active: false })).toMatchObject({ ok: true });
    expect(await getDb().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false });
    expect(await setUserActive({ id, active: true })).toMatchObject({ ok: true });

    // Each is an event in the one audit log, with who did it and a structured detail.
    const events = await getDb().auditLog.findMany({ where: { recordId: id, module: "users" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(events.map((e) => [e.action, e.userId, JSON.parse(e.detail ?? "{}")])).toEqual([
      ["userCreated", admin.id, { email: "nouvelle.agente@exemple.test", role: "staff" }],
      ["permission", admin.id, { email: "nouvelle.agente@exemple.test", before: "staff", after: "manager" }],
      ["userActive", admin.id, { email: "nouvelle.agente@exemple.test", active: false }],
      ["userActive", admin.id, { email: "nouvelle.agente@exemple.test", active: true }],
    ]);
  });

  it("keeps at least one active admin and refuses self-deactivation", async () => {
    await getDb().user.updateMany({ where: { role: "admin" }, data: { active: false } });
    const admin = await makeUser(getDb(), { role: "admin" });
    currentUser.mockResolvedValue(asUser(admin));
    expect(await setUserActive({ id: admin.id, active: false })).toEqual({ ok: false, error: "users.selfDeactivate", extra: {} });
    expect(await updateUser({ ...newUserInput(admin.email), id: admin.id, role: "staff" })).toEqual({ ok: false, error: "users.lastAdmin", extra: {} });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", active: true });
  });

  it("refuses a duplicate email with a message on the field", async () => {
    const admin = await makeUser(getDb(), { role: "admin" });
    currentUser.mockResolvedValue(asUser(admin));
    expect(await createUser(newUserInput(admin.email))).toMatchObject({ ok: false, fieldErrors: { email: { key: "users.emailTaken" } } });
  });
});

describe("defineAction with hostile or impossible form data", () => {
  const formOf = (entries: [string, string][]) => {
    const form = new FormData();
    for (const [k, v] of entries) form.append(k, v);
    return form;
  };
  const userForm = (email: string, extra: [string, string][]) =>
    formOf([["name", "Personne Inventée"], ["email", email], ["role", "staff"], ["locale", "fr"], ["password", "une phrase de passe"], ...extra]);

  it.each([["constructor[]"], ["__proto__"], ["__proto__[]"], ["toString"], ["hasOwnProperty[]"]])(
    "refuses a form field named %s as an unknown field and writes nothing",
    async (name) => {
      const admin = await makeUser(getDb(), { role: "admin" });
      currentUser.mockResolvedValue(asUser(admin));
      const email = `builtin-${name.replace(/\W/g, "")}@exemple.test`;
      const result = await createUser(userForm(email, [[name, "x"]]));
      expect(result).toEqual({ ok: false, error: "errors.invalid", fieldErrors: { _form: { key: "validation.unknownField" } } });
      expect(await getDb().user.findUnique({ where: { email } })).toBeNull();
    },
  );

  it("answers an impossible date with the field's translated message", async () => {
    const admin = await makeUser(getDb(), { role: "admin" });
    currentUser.mockResolvedValue(asUser(admin));
    const handler = jest.fn(async () => "saved");
    const save = defineAction({ permission: "record.create", schema: z.object({ birthDate: f.date() }).strict(), handler });
    expect(await save(formOf([["birthDate", "2025-13-45"]]))).toEqual({ ok: false, error: "errors.invalid", fieldErrors: { birthDate: { key: "validation.date" } } });
    expect(await save(formOf([["birthDate", "2025-02-30"]]))).toMatchObject({ fieldErrors: { birthDate: { key: "validation.date" } } });
    expect(handler).not.toHaveBeenCalled();
    expect(await save(formOf([["birthDate", "2024-02-29"]]))).toEqual({ ok: true, data: "saved" });
  });

  it("turns a schema that throws while parsing into « some fields need correcting », not an unexpected error", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const handler = jest.fn(async () => "never");
    const exploding = z.object({ value: z.string().refine(() => { throw new RangeError("Invalid time value"); }) }).strict();
    const visitor = definePublicAction({ schema: exploding, handler });
    expect(await visitor(formOf([["value", "x"]]))).toEqual({ ok: false, error: "errors.invalid" });
    const admin = await makeUser(getDb(), { role: "admin" });
    currentUser.mockResolvedValue(asUser(admin));
    const signedIn = defineAction({ permission: null, schema: exploding, handler });
    expect(await signedIn({ value: "x" })).toEqual({ ok: false, error: "errors.invalid" });
    expect(handler).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
