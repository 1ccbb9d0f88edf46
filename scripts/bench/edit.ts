// 50 concurrent saves of one record through the save flow (lib/records/service.ts saveRecord). First all with the
// same loaded version: exactly one may win, the others must get « records.conflict » (never a silent overwrite).
// Then RETRIED savers at once retry on conflict with the version they re-read, as users re-applying their change
// would: every change lands once, at consecutive versions, each in the change log. (n contenders cost n(n+1)/2
// attempts, hence ten rather than fifty.)
import type { Db } from "@/lib/db-client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { concurrent } from "./measure";
import type { Summary } from "./stats";

export type EditFigures = { stale: { ok: number; conflicts: number; other: number }; retried: { ok: number; versions: number; logged: number; attempts: number }; summary: Summary; met: boolean };

const isConflict = (e: unknown) => (e as { key?: string; message?: string })?.key === "records.conflict" || (e as Error)?.message === "records.conflict";

const RETRIED = 10;

export async function staleSaves(db: Db, user: CurrentUser, clientId: string, count: number): Promise<EditFigures> {
  const { MODULES } = await import("@/lib/modules/registry");
  const { saveRecord } = await import("@/lib/records/service");
  const model = MODULES.clients;
  const { version: loaded } = await db.client.findUniqueOrThrow({ where: { id: clientId }, select: { version: true } });
  const a = await concurrent((i) => saveRecord(model, { id: clientId, version: loaded, city: `Ville périmée ${i}` }, user), count, count);
  const stale = { ok: 0, conflicts: 0, other: 0 };
  for (const r of a.results) {
    if (r.status === "fulfilled") stale.ok += 1;
    else if (isConflict(r.reason)) stale.conflicts += 1;
    else {
      stale.other += 1;
      if (stale.other === 1) console.error("[bench] unexpected save error:", r.reason);
    }
  }

  const { version: start } = await db.client.findUniqueOrThrow({ where: { id: clientId }, select: { version: true } });
  let attempts = 0;
  const b = await concurrent(async (i) => {
    let version = start;
    for (;;) {
      attempts += 1;
      try {
        return await saveRecord(model, { id: clientId, version, city: `Ville ${i}` }, user);
      } catch (error) {
        if (!isConflict(error)) throw error;
        version = (await db.client.findUniqueOrThrow({ where: { id: clientId }, select: { version: true } })).version;
      }
    }
  }, RETRIED, RETRIED);
  const ok = b.results.filter((r) => r.status === "fulfilled").length;
  const { version: end } = await db.client.findUniqueOrThrow({ where: { id: clientId }, select: { version: true } });
  const logged = await db.auditLog.findMany({ where: { module: "clients", recordId: clientId, action: "update", field: "city", version: { gt: start } }, select: { version: true, after: true } });
  const distinctValues = new Set(logged.map((l) => l.after)).size;
  const retried = { ok, versions: end - start, logged: Math.min(distinctValues, new Set(logged.map((l) => l.version)).size), attempts };
  const met = stale.ok === 1 && stale.conflicts === count - 1 && stale.other === 0 && ok === RETRIED && retried.versions === RETRIED && retried.logged === RETRIED;
  return { stale, retried, summary: b.summary, met };
}
