import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";

// The administrator's privacy settings, in their own Setting row so other settings forms stay untouched.
export const BIN_RETENTION_CHOICES = [30, 90, 365] as const;

export const privacySettingsSchema = z
  .object({
    /** Days a record stays in the recycle bin before it and its files are purged. */
    binRetentionDays: z.coerce.number().int().refine((n) => (BIN_RETENTION_CHOICES as readonly number[]).includes(n), "validation.invalid"),
    /** A client with nothing new for this many months is listed for the retention review. */
    inactiveMonths: z.coerce.number().int().min(12).max(240),
  })
  .strict();
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = { binRetentionDays: 90, inactiveMonths: 84 };
const KEY = "privacy";

async function read(): Promise<PrivacySettings> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return DEFAULT_PRIVACY_SETTINGS;
  const parsed = privacySettingsSchema.safeParse({ ...DEFAULT_PRIVACY_SETTINGS, ...JSON.parse(row.value) });
  return parsed.success ? parsed.data : DEFAULT_PRIVACY_SETTINGS;
}

/** Per request in pages; the purge job calls `readPrivacySettings` (no request cache outside React). */
export const getPrivacySettings = cache(read);
export const readPrivacySettings = read;

export async function savePrivacySettings(value: PrivacySettings): Promise<void> {
  const json = JSON.stringify(value);
  await db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: json }, update: { value: json } });
}
