import "server-only";
import { getSettings } from "@/lib/settings";
import { getFileSettings } from "@/lib/files/settings";
import { cvKeyOf, freshThreshold } from "@/lib/modules/cvs/freshness";
import { todayIn } from "@/lib/records/wall-time";
import type { Tx } from "@/lib/records/store";

/** The threshold « CV à jour » compares with today, from the organisation's time zone and the admin's period. */
export async function currentCvThreshold(now = new Date()): Promise<string> {
  const [{ timeZone }, { cvFreshMonths }] = await Promise.all([getSettings(), getFileSettings()]);
  return freshThreshold(todayIn(timeZone, now), cvFreshMonths);
}

/**
 * A client's CVs changed (one saved, moved to the recycle bin or restored): its newest live CV's date and its key
 * are written again. Not a save of the client: no version bump, so nobody editing the client gets a conflict.
 */
export async function refreshClientCv(tx: Tx, clientId: string | null | undefined): Promise<void> {
  if (!clientId) return;
  const client = await tx.client.findUnique({ where: { id: clientId }, select: { cvUpToDate: true } });
  if (!client) return;
  const newest = await tx.cv.findFirst({ where: { clientId, deletedAt: null, cvDate: { not: null } }, orderBy: [{ cvDate: "desc" }, { id: "desc" }], select: { cvDate: true } });
  const latest = newest?.cvDate ?? null;
  await tx.client.update({ where: { id: clientId }, data: { cvLatestDate: latest, cvKey: cvKeyOf(latest, client.cvUpToDate) } });
}
