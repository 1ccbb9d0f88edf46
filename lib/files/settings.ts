import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { processCache, REFERENCE_TTL_MS } from "@/lib/process-cache";

// The administrator's file settings, in their own Setting row so that other settings forms stay untouched.
export const fileSettingsSchema = z
  .object({
    maxUploadMb: z.coerce.number().int().min(1).max(200),
    /** « CV à jour »: the newest CV is younger than this many months. */
    cvFreshMonths: z.coerce.number().int().min(1).max(120),
  })
  .strict();
export type FileSettings = z.infer<typeof fileSettingsSchema>;

export const DEFAULT_FILE_SETTINGS: FileSettings = { maxUploadMb: 20, cvFreshMonths: 12 };
const KEY = "files";

const kept = processCache(async (): Promise<FileSettings> => {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return DEFAULT_FILE_SETTINGS;
  const parsed = fileSettingsSchema.safeParse({ ...DEFAULT_FILE_SETTINGS, ...JSON.parse(row.value) });
  return parsed.success ? parsed.data : DEFAULT_FILE_SETTINGS;
}, REFERENCE_TTL_MS);

export const getFileSettings = cache(() => kept.get());

export async function saveFileSettings(value: FileSettings): Promise<void> {
  const json = JSON.stringify(value);
  await db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: json }, update: { value: json } });
  kept.invalidate();
}
