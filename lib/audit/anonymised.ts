import "server-only";
import { db } from "@/lib/db";

/**
 * When each of these records was anonymised (its « anonymise » audit entry), if it was. The audit log itself is
 * never rewritten (it is evidence and cannot be edited from the app), so the screens that read it mask the values
 * written before that moment instead: an anonymised person's old name stays out of sight, the trail of who
 * changed what and when stays.
 */
export async function anonymisedAt(module: string, recordIds: readonly string[]): Promise<Map<string, Date>> {
  if (recordIds.length === 0) return new Map();
  const rows = await db.auditLog.findMany({
    where: { action: "anonymise", module, recordId: { in: [...new Set(recordIds)] } },
    select: { recordId: true, createdAt: true },
  });
  const found = new Map<string, Date>();
  for (const r of rows) if (r.recordId && (!found.has(r.recordId) || found.get(r.recordId)! < r.createdAt)) found.set(r.recordId, r.createdAt);
  return found;
}

/** Whether a logged value predates the record's anonymisation and must be masked. */
export function maskedByAnonymisation(anonymised: ReadonlyMap<string, Date>, recordId: string | null, at: Date): boolean {
  const when = recordId ? anonymised.get(recordId) : undefined;
  return !!when && at <= when;
}
