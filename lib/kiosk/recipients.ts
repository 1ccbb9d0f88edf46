import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { processCache, REFERENCE_TTL_MS } from "@/lib/process-cache";

// The staff an admin named to be told of each kiosk visit (« Paramètres » › « Visites au bureau »).
const KEY = "kiosk.visitRecipients";
const ids = z.array(z.string().min(1).max(64)).max(200);

const kept = processCache(async () => {
  const chosen = await visitRecipientIds();
  if (chosen.length === 0) return [];
  return db.user.findMany({ where: { id: { in: chosen }, active: true }, select: { id: true, locale: true } });
}, REFERENCE_TTL_MS);

/**
 * The named staff who are still active, with their language (a notification's excerpt is in it). Kept by the
 * process like other reference data: every registration needs it, and it changes when an admin says so. A user
 * deactivated or switching language meanwhile is seen within the cache's few seconds.
 */
export function visitRecipients(): Promise<{ id: string; locale: string }[]> {
  return kept.get();
}

export async function visitRecipientIds(): Promise<string[]> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return [];
  try {
    const parsed = ids.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export async function saveVisitRecipientIds(value: string[]): Promise<void> {
  const json = JSON.stringify(ids.parse([...new Set(value)]));
  await db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: json }, update: { value: json } });
  kept.invalidate();
}
