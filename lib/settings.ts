import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { processCache, REFERENCE_TTL_MS } from "@/lib/process-cache";

export const settingsSchema = z
  .object({
    timeZone: z.string().refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz), "validation.timeZone"),
    idleTimeoutMinutes: z.coerce.number().int().min(5).max(24 * 60),
  })
  .strict();
export type OrgSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: OrgSettings = { timeZone: "America/Iqaluit", idleTimeoutMinutes: 60 };

const kept = processCache(async (): Promise<OrgSettings> => {
  const row = await db.setting.findUnique({ where: { key: "organisation" } });
  if (!row) return DEFAULT_SETTINGS;
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...JSON.parse(row.value) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}, REFERENCE_TTL_MS);

/** Organisation settings, kept by the process for a few seconds (lib/process-cache.ts). */
export const getSettings = cache(() => kept.get());

export async function saveSettings(value: OrgSettings): Promise<void> {
  const json = JSON.stringify(value);
  await db.setting.upsert({ where: { key: "organisation" }, create: { key: "organisation", value: json }, update: { value: json } });
  kept.invalidate();
}
