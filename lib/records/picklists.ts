import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { processCache, REFERENCE_TTL_MS } from "@/lib/process-cache";
import { DEFAULT_PICKLISTS } from "@/lib/records/picklist-defaults";
import type { Option } from "@/lib/records/ui-types";

/** Writes the first values of each list that has none yet (first start, or a list added by an update). */
export async function ensureDefaultPicklists(): Promise<void> {
  for (const [list, entries] of Object.entries(DEFAULT_PICKLISTS)) {
    if ((await db.picklistValue.count({ where: { list } })) > 0) continue;
    await db.picklistValue.createMany({
      data: entries.map(([value, labelFr, labelEn], position) => ({ list, value, labelFr, labelEn, position })),
    });
    kept.invalidate();
  }
}

const kept = processCache(() => db.picklistValue.findMany({ orderBy: [{ list: "asc" }, { position: "asc" }] }), REFERENCE_TTL_MS);

/** All values of every list, kept by the process for a few seconds (lib/process-cache.ts). */
const allValues = cache(() => kept.get());

/** After an admin changed a list's values. */
export const invalidatePicklists = () => kept.invalidate();

export async function picklistOptions(list: string, locale: string, keep?: string[]): Promise<Option[]> {
  const rows = (await allValues()).filter((r) => r.list === list && (r.active || keep?.includes(r.value)));
  return rows.map((r) => ({ value: r.value, label: locale === "en" ? r.labelEn : r.labelFr }));
}

export async function picklistLabels(locale: string): Promise<Map<string, string>> {
  return new Map((await allValues()).map((r) => [`${r.list}:${r.value}`, locale === "en" ? r.labelEn : r.labelFr]));
}

/** True when every value belongs to the list and is active (values kept from before may stay). */
export async function picklistAccepts(list: string, values: string[], previous: string[] = []): Promise<boolean> {
  const rows = await db.picklistValue.findMany({ where: { list, value: { in: values } }, select: { value: true, active: true } });
  return values.every((v) => rows.some((r) => r.value === v && (r.active || previous.includes(v))));
}
