"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requestIp } from "@/lib/auth/request-ip";
import { saveMatrix } from "@/lib/auth/access-store";
import { FIELD_GROUPS, MODULE_ACTIONS, SCOPES, isLocked, type Matrix, type RoleMatrix } from "@/lib/auth/access-matrix";
import { ROLES } from "@/lib/auth/permissions";
import { MODULE_KEYS } from "@/lib/modules/registry";

// The grid posts one checkbox per role × module × action (`staff.clients.edit=1`, absent when unchecked), one
// scope per role × module and one checkbox per role × field group. Every name is known in advance: the schema is
// strict, so a hand-made post cannot name anything else.
const checked = z.literal("1").optional();
const gridSchema = z
  .object(
    Object.fromEntries(
      ROLES.flatMap((role) => [
        ...MODULE_KEYS.flatMap((m) => [...MODULE_ACTIONS.map((a) => [`${role}.${m}.${a}`, checked]), [`${role}.${m}.scope`, z.enum(SCOPES)]]),
        ...FIELD_GROUPS.map((g) => [`${role}.field.${g}`, checked]),
      ]),
    ),
  )
  .strict();

function matrixOf(form: Record<string, unknown>): Matrix {
  const one = (role: (typeof ROLES)[number]): RoleMatrix => ({
    actions: Object.fromEntries(MODULE_KEYS.map((m) => [m, Object.fromEntries(MODULE_ACTIONS.map((a) => [a, form[`${role}.${m}.${a}`] === "1" || isLocked(role, `${m}.${a}`)]))])) as RoleMatrix["actions"],
    scope: Object.fromEntries(MODULE_KEYS.map((m) => [m, form[`${role}.${m}.scope`]])) as RoleMatrix["scope"],
    fields: Object.fromEntries(FIELD_GROUPS.map((g) => [g, form[`${role}.field.${g}`] === "1"])) as RoleMatrix["fields"],
  });
  return Object.fromEntries(ROLES.map((r) => [r, one(r)])) as Matrix;
}

const save = defineAction({
  permission: "users.manage",
  schema: gridSchema,
  async handler(form, user) {
    const changed = await saveMatrix(matrixOf(form), user, requestIp(await headers()));
    revalidatePath("/[locale]", "layout");
    return { changed };
  },
});

/** « Enregistrer » of /admin/permissions: a plain form post (works without scripts), then back to the grid. */
export async function savePermissions(form: FormData): Promise<void> {
  const result = await save(form);
  const locale = await getLocale();
  redirect(`/${locale}/admin/permissions?${result.ok ? `saved=${result.data.changed}` : `error=${encodeURIComponent(result.error)}`}`);
}
