import "server-only";
import { startPeriodicJob } from "@/lib/periodic-job";
import { db } from "@/lib/db";
import { MODULES, type ModuleKey } from "@/lib/modules/registry";
import { logEvent } from "@/lib/records/audit";
import type { RecordModel } from "@/lib/records/model";
import { readPrivacySettings } from "@/lib/privacy/settings";
import { CLIENT_MODULES, dependentsOf, eraseRecords, removeBlobs } from "@/lib/privacy/erase";

const DAY_MS = 86_400_000;
/** Records purged per module per transaction: a long bin empties in several short transactions. */
const BATCH = 200;

type Actor = { id: string | null; name: string } | null;
export type PurgeResult = { records: number; files: number };

/** Binned clients under legal hold, and so also the records that belong to them, stay in the bin. */
async function heldClientIds(): Promise<Set<string>> {
  return new Set((await db.client.findMany({ where: { legalHold: true }, select: { id: true } })).map((c) => c.id));
}

/**
 * Deletes for good the records in the recycle bin since before `cutoff` (all of them with `cutoff` = now: « Vider
 * maintenant »), with their files; a purged client takes every record of theirs along. Each purged record gets a
 * `purge` audit row. Safe on several instances at once: a row another instance removed first is simply gone.
 */
export async function purgeRecycleBin(opts: { cutoff: Date; actor: Actor; ip?: string | null; trigger: "schedule" | "manual" }): Promise<PurgeResult> {
  const held = await heldClientIds();
  const result: PurgeResult = { records: 0, files: 0 };
  for (const key of Object.keys(MODULES) as ModuleKey[]) {
    const model = MODULES[key] as RecordModel;
    const column = CLIENT_MODULES.find((m) => m.model.key === key)?.column;
    // Walked by id so that rows kept for a legal hold are passed over, not read again.
    let after = "";
    for (;;) {
      const rows = (await model.table(db).findMany({
        where: { AND: [{ deletedAt: { lt: opts.cutoff } }, { id: { gt: after } }, key === "clients" ? { legalHold: false } : {}] },
        orderBy: { id: "asc" },
        select: { id: true, ...(column ? { [column]: true } : {}) },
        take: BATCH,
      })) as Record<string, string | null>[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id!;
      const ids = rows.filter((r) => !(column && r[column] && held.has(r[column]!))).map((r) => r.id!);
      if (ids.length === 0) continue;
      const keys = await db.$transaction(async (tx) => {
        const storageKeys: string[] = [];
        const extra = key === "clients" ? await dependentsOf(tx, ids) : [];
        for (const m of new Set(extra.map((d) => d.module))) {
          const erased = await eraseRecords(tx, MODULES[m as ModuleKey] as RecordModel, extra.filter((d) => d.module === m).map((d) => d.id));
          storageKeys.push(...erased.storageKeys);
          result.records += erased.records;
        }
        const erased = await eraseRecords(tx, model, ids);
        storageKeys.push(...erased.storageKeys);
        result.records += erased.records;
        for (const id of ids) {
          await logEvent(tx, { action: "purge", user: opts.actor, ip: opts.ip ?? null, module: key, recordId: id, detail: { trigger: opts.trigger, dependents: extra.filter((d) => d.module !== key).length } });
        }
        return storageKeys;
      });
      result.files += await removeBlobs(keys);
    }
  }
  return result;
}

/** The scheduled purge: whatever has been in the bin longer than the admin's retention period. */
export async function purgeExpiredBin(now = new Date()): Promise<PurgeResult> {
  const { binRetentionDays } = await readPrivacySettings();
  return purgeRecycleBin({ cutoff: new Date(now.getTime() - binRetentionDays * DAY_MS), actor: null, trigger: "schedule" });
}

let started = false;

/** Hourly in every instance (as the reminder scheduler), not in tests nor while `next build` collects pages. */
export function startBinPurge(): void {
  if (!started) started = startPeriodicJob("privacy: recycle-bin purge", 60 * 60_000, purgeExpiredBin);
}
