import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_DASHLETS, parseDashlets } from "@/lib/dashboard/dashlets";

/** The user's dashlets in order: their own arrangement, or the default one. */
export async function dashletsOf(userId: string): Promise<string[]> {
  const row = await db.dashboardPreference.findUnique({ where: { userId }, select: { dashlets: true } });
  return parseDashlets(row?.dashlets) ?? [...DEFAULT_DASHLETS];
}
