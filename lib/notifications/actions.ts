"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { latestNotifications, unreadCount } from "@/lib/notifications/queries";

// Every action only ever reads or changes the signed-in user's own notifications: an id that belongs to someone
// else matches no row (a no-op), never an error that would tell it exists.

const idSchema = z.object({ id: z.string().min(1).max(64) }).strict();
const none = z.object({}).strict();
const refresh = () => revalidatePath("/[locale]", "layout");

export const markNotificationRead = defineAction({
  permission: null,
  schema: idSchema,
  async handler({ id }, me) {
    const { count } = await db.notification.updateMany({ where: { id, userId: me.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) refresh();
    return { marked: count };
  },
});

export const markAllNotificationsRead = defineAction({
  permission: null,
  schema: none,
  async handler(_input, me) {
    const { count } = await db.notification.updateMany({ where: { userId: me.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) refresh();
    return { marked: count };
  },
});

/** The bell's dropdown, loaded when it opens (pages do not carry it). */
export const loadBell = defineAction({
  permission: null,
  schema: none,
  async handler(_input, me) {
    const [items, unread] = await Promise.all([latestNotifications(me.id), unreadCount(me.id)]);
    return { items, unread };
  },
});

// Plain form posts (the page works before scripts load): act, then back to the list in the same order.
const order = (form: FormData) => (form.get("order") === "newest" ? "?order=newest" : "");

export async function markReadForm(form: FormData): Promise<void> {
  await markNotificationRead({ id: form.get("id") });
  redirect(`/${await getLocale()}/notifications${order(form)}`);
}

export async function markAllReadForm(form: FormData): Promise<void> {
  await markAllNotificationsRead({});
  redirect(`/${await getLocale()}/notifications${order(form)}`);
}

const checkbox = z.literal("on").optional();

/** « Mon profil »: reminders and assignments also by e-mail (unticked boxes are not sent at all). */
export const saveEmailPreferences = defineAction({
  permission: null,
  schema: z.object({ emailReminders: checkbox, emailAssignments: checkbox }).strict(),
  async handler(input, me) {
    const data = { emailReminders: input.emailReminders === "on", emailAssignments: input.emailAssignments === "on" };
    await db.user.update({ where: { id: me.id }, data });
    return data;
  },
});

export async function emailPreferencesForm(form: FormData): Promise<void> {
  const result = await saveEmailPreferences(form);
  redirect(`/${await getLocale()}/profile?email=${result.ok ? "saved" : "error"}#email-preferences`);
}
