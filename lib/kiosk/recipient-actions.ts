"use server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { saveVisitRecipientIds } from "@/lib/kiosk/recipients";

const schema = z.object({ userIds: z.array(z.string().min(1).max(64)).max(200) }).strict();

/** An admin names the staff told of each kiosk visit; each must be an active user. */
export const saveVisitRecipients = defineAction({
  permission: "settings.manage",
  schema,
  async handler({ userIds }) {
    const unique = [...new Set(userIds)];
    if ((await db.user.count({ where: { id: { in: unique }, active: true } })) !== unique.length) throw new ActionError("errors.invalid", { fieldErrors: { userIds: { key: "records.badReference" } } });
    await saveVisitRecipientIds(unique);
    return { count: unique.length };
  },
});

/** The settings page's plain form (checkboxes named userIds): saved, then back to the page with its outcome. */
export async function submitVisitRecipients(formData: FormData): Promise<void> {
  const result = await saveVisitRecipients({ userIds: formData.getAll("userIds").map(String) });
  redirect(`/${await getLocale()}/admin/settings?visitRecipients=${result.ok ? "saved" : "error"}#visit-recipients`);
}
