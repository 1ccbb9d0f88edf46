"use server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { formStateOf, type FormState } from "@/lib/actions/form-state";
import { issueFeedToken, revokeFeedToken } from "@/lib/calendar/feed-token";
import { SHARE_LEVELS } from "@/lib/calendar/share-rules";

const id = z.string().trim().min(1).max(64);

/** « Partage du calendrier »: let a colleague add my calendar (or change how much they see). */
export const shareCalendar = defineAction({
  permission: null,
  schema: z.object({ viewerId: id, level: z.enum(SHARE_LEVELS) }).strict(),
  async handler({ viewerId, level }, user) {
    if (viewerId === user.id) throw new ActionError("errors.invalid", { fieldErrors: { viewerId: { key: "calendar.sharing.notYourself" } } });
    const viewer = await db.user.findUnique({ where: { id: viewerId }, select: { active: true } });
    if (!viewer?.active) throw new ActionError("errors.invalid", { fieldErrors: { viewerId: { key: "records.badReference" } } });
    await db.calendarShare.upsert({ where: { ownerId_viewerId: { ownerId: user.id, viewerId } }, create: { ownerId: user.id, viewerId, level }, update: { level } });
    return { viewerId };
  },
});

/** Stop sharing my calendar with one colleague. */
export const unshareCalendar = defineAction({
  permission: null,
  schema: z.object({ viewerId: id }).strict(),
  async handler({ viewerId }, user) {
    await db.calendarShare.deleteMany({ where: { ownerId: user.id, viewerId } });
    return { viewerId };
  },
});

/** Plain-form versions for « Mon profil »: they post and come back to the section before scripts load. */
export async function shareCalendarForm(form: FormData): Promise<void> {
  const result = await shareCalendar(form);
  redirect(`/${await getLocale()}/profile?share=${result.ok ? "saved" : "error"}#calendar-sharing`);
}

export async function unshareCalendarForm(form: FormData): Promise<void> {
  const result = await unshareCalendar(form);
  redirect(`/${await getLocale()}/profile?share=${result.ok ? "removed" : "error"}#calendar-sharing`);
}

const issueFeed = defineAction({
  permission: null,
  schema: z.object({}).strict(),
  handler: async (_input, user) => ({ token: await issueFeedToken(user.id) }),
});

/**
 * Create or regenerate the feed address. The token is shown once, in this answer (also without scripts: the page
 * comes back with the state), and never stored in clear.
 */
export async function issueFeedForm(_previous: FormState<{ token: string }>, form: FormData): Promise<FormState<{ token: string }>> {
  return formStateOf(issueFeed, form);
}

const revokeFeed = defineAction({
  permission: null,
  schema: z.object({}).strict(),
  handler: async (_input, user) => {
    await revokeFeedToken(user.id);
    return { revoked: true };
  },
});

export async function revokeFeedForm(form: FormData): Promise<void> {
  const result = await revokeFeed(new FormData());
  void form;
  redirect(`/${await getLocale()}/profile?feed=${result.ok ? "revoked" : "error"}#calendar-feed`);
}
