"use server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { applyChange, DEFAULT_DASHLETS, isDashletKey, MAX_DASHLETS, parseDashlets } from "@/lib/dashboard/dashlets";

const key = z.string().max(80).refine(isDashletKey);
const schema = z.union([
  z.object({ op: z.enum(["add", "remove", "up", "down"]), key }).strict(),
  z.object({ op: z.literal("order"), keys: z.array(key).max(MAX_DASHLETS) }).strict(),
]);

/** One change to the signed-in user's own dashboard; a saved report is added only when they may run it. */
export const changeDashboard = defineAction({
  permission: null,
  schema,
  async handler(change, user) {
    if (change.op === "add" && change.key.startsWith("report:")) {
      const id = change.key.slice("report:".length);
      const runnable = await db.savedReport.count({ where: { id, OR: [{ ownerId: user.id }, { shares: { some: { userId: user.id } } }] } });
      if (!runnable) return { dashlets: null };
    }
    const row = await db.dashboardPreference.findUnique({ where: { userId: user.id } });
    const dashlets = applyChange(parseDashlets(row?.dashlets) ?? DEFAULT_DASHLETS, change);
    await db.dashboardPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, dashlets: JSON.stringify(dashlets) }, update: { dashlets: JSON.stringify(dashlets) } });
    return { dashlets };
  },
});

/** The dashboard's buttons post here without JavaScript and come back to the arranging view. */
export async function changeDashboardForm(form: FormData) {
  const locale = await getLocale();
  await changeDashboard(form);
  redirect(`/${locale}?customize=1`);
}

export async function resetDashboardForm() {
  const locale = await getLocale();
  await resetDashboard({});
  redirect(`/${locale}`);
}

export const resetDashboard = defineAction({
  permission: null,
  schema: z.object({}).strict(),
  async handler(_input, user) {
    await db.dashboardPreference.deleteMany({ where: { userId: user.id } });
    return { ok: true };
  },
});
