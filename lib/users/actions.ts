"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { rewriteUserSortKeys } from "@/lib/records/sort-keys";
import { logEvent } from "@/lib/records/audit";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { passwordAttempt } from "@/lib/auth/password-attempt";
import { revokeResetLinks } from "@/lib/auth/password-reset";
import { invalidateUserNames } from "@/lib/users/names";
import { requestIp } from "@/lib/auth/request-ip";
import { changePasswordSchema, createUserSchema, preferencesSchema, profileSchema, updateUserSchema, userIdSchema } from "@/lib/users/schema";

// Outside a request (scripts, tests) there is no address to record.
const ip = async () => {
  try {
    return requestIp(await headers());
  } catch {
    return null;
  }
};

function assertPassword(password: string, field = "password") {
  const problem = passwordProblem(password);
  if (problem) throw new ActionError("errors.invalid", { fieldErrors: { [field]: { key: problem } } });
}

async function assertEmailFree(email: string, exceptId?: string) {
  const other = await db.user.findUnique({ where: { email } });
  if (other && other.id !== exceptId) throw new ActionError("errors.invalid", { fieldErrors: { email: { key: "users.emailTaken" } } });
}

// Removing the last active admin would lock everybody out of users and settings.
async function assertAnotherAdmin(userId: string) {
  const others = await db.user.count({ where: { role: "admin", active: true, id: { not: userId } } });
  if (others === 0) throw new ActionError("users.lastAdmin");
}

export const createUser = defineAction({
  permission: "users.manage",
  schema: createUserSchema,
  async handler(input, me) {
    assertPassword(input.password);
    await assertEmailFree(input.email);
    const user = await db.user.create({
      data: { name: input.name, email: input.email, role: input.role, locale: input.locale, passwordHash: await hashPassword(input.password) },
    });
    invalidateUserNames();
    await logEvent(db, { action: "userCreated", user: me, ip: await ip(), module: "users", recordId: user.id, detail: { email: user.email, role: user.role } });
    revalidatePath("/[locale]/admin/users", "page");
    return { id: user.id };
  },
});

export const updateUser = defineAction({
  permission: "users.manage",
  schema: updateUserSchema,
  async handler(input, me) {
    const user = await db.user.findUnique({ where: { id: input.id } });
    if (!user) throw new ActionError("errors.notFound");
    await assertEmailFree(input.email, user.id);
    if (user.role === "admin" && input.role !== "admin") await assertAnotherAdmin(user.id);
    if (input.password) assertPassword(input.password);
    // A new password or a lower role closes the person's open sessions (applies on their next request).
    const closeSessions = !!input.password || (user.role !== input.role && user.id !== me.id);
    await db.user.update({
      where: { id: user.id },
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        locale: input.locale,
        ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
        ...(closeSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    invalidateUserNames();
    if (user.role !== input.role) await logEvent(db, { action: "permission", user: me, ip: await ip(), module: "users", recordId: user.id, detail: { email: user.email, before: user.role, after: input.role } });
    // « Assigné à » and « Créé par » sort by name: records follow a renamed colleague.
    if (input.name !== user.name) await rewriteUserSortKeys(user.id, input.name);
    // A link mailed to the old address, or made for the old password, must not outlive the change.
    if (input.password || input.email !== user.email) await revokeResetLinks(user.id);
    revalidatePath("/[locale]/admin/users", "page");
    return { id: user.id };
  },
});

export const setUserActive = defineAction({
  permission: "users.manage",
  schema: userIdSchema.extend({ active: z.boolean() }).strict(),
  async handler({ id, active }, me) {
    if (id === me.id && !active) throw new ActionError("users.selfDeactivate");
    const user = await db.user.findUnique({ where: { id } });
    if (!user) throw new ActionError("errors.notFound");
    if (!active && user.role === "admin") await assertAnotherAdmin(id);
    await db.user.update({ where: { id }, data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) } });
    invalidateUserNames();
    if (!active) await db.userSession.deleteMany({ where: { userId: id } });
    await logEvent(db, { action: "userActive", user: me, ip: await ip(), module: "users", recordId: id, detail: { email: user.email, active } });
    revalidatePath("/[locale]/admin/users", "page");
    return { id, active };
  },
});

export const updateProfile = defineAction({
  permission: null,
  schema: profileSchema,
  async handler(input, me) {
    await db.user.update({
      where: { id: me.id },
      data: { name: input.name, locale: input.locale, ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}) },
    });
    invalidateUserNames();
    if (input.name !== me.name) await rewriteUserSortKeys(me.id, input.name);
    revalidatePath("/[locale]", "layout");
    return { locale: input.locale };
  },
});

export const changePassword = defineAction({
  permission: null,
  passwordChange: true,
  schema: changePasswordSchema,
  async handler(input, me) {
    const user = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    // Mistakes in the new password cost no attempt; the current one is guessed against sign-in's counters.
    assertPassword(input.newPassword, "newPassword");
    if (input.newPassword !== input.confirmPassword) {
      throw new ActionError("errors.invalid", { fieldErrors: { confirmPassword: { key: "auth.mismatch" } } });
    }
    const outcome = await passwordAttempt(user.email, requestIp(await headers()), () => verifyPassword(user.passwordHash, input.currentPassword));
    if (outcome === "locked") throw new ActionError("profile.passwordLocked");
    if (outcome !== "ok") throw new ActionError("errors.invalid", { fieldErrors: { currentPassword: { key: "profile.wrongPassword" } } });
    // Other browsers are signed out; this one keeps going with a session row on the new version.
    const updated = await db.user.update({
      where: { id: me.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 }, mustChangePassword: false },
    });
    await db.userSession.updateMany({ where: { userId: me.id, id: me.sessionId }, data: { sessionVersion: updated.sessionVersion } });
    await db.userSession.deleteMany({ where: { userId: me.id, id: { not: me.sessionId } } });
    await revokeResetLinks(me.id);
    // The pages were refused while a new password was due: let them render again.
    if (me.mustChangePassword) revalidatePath("/[locale]", "layout");
    return { changed: true };
  },
});

export const updatePreferences = defineAction({
  permission: null,
  schema: preferencesSchema,
  async handler(input, me) {
    await db.user.update({ where: { id: me.id }, data: input });
    revalidatePath("/[locale]", "layout");
    return input;
  },
});
