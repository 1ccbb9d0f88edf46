import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

// The staff an admin named to be told of each kiosk visit (« Paramètres » › « Visites au bureau »).
const KEY = "kiosk.visitRecipients";
const ids = z.array(z.string().min(1).max(64)).max(200);

/** The named staff who are still active, with their language (a notification's excerpt is in it). */
export async function visitRecipients(): Promise<{ id: string; locale: string }[]> {
  const chosen = await visitRecipientIds();
  if (chosen.length === 0) return [];
  return db.user.findMany({ where: { id: { in: chosen }, active: true }, select: { id: true, locale: true } });
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
}
