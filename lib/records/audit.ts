// « Journal des modifications »: one AuditLog row per changed field, values kept as text so that every field
// kind reads the same in the history.
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";

export type AuditAction = "create" | "update" | "delete" | "restore";
export type AuditChange = { field: string; before: string | null; after: string | null };

/** Text form of a stored value; "" and null are the same thing to a user (an emptied field). */
function asText(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return JSON.stringify(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** The fields whose value changed, in the order of `fields`. */
export function diffValues(
  before: object | null,
  after: object | null,
  fields: readonly string[],
): AuditChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const was = asText(b[field]);
    const now = asText(a[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/**
 * Writes the history rows of one action: one per changed field for an update (none when nothing changed),
 * one with field null for create, delete and restore. Call inside the transaction that changes the record.
 */
export async function writeAudit(
  db: Db | Prisma.TransactionClient,
  input: {
    module: string;
    recordId: string;
    user: { id: string | null; name: string };
    action: AuditAction;
    changes?: readonly AuditChange[];
    /** The record's version after this change (lets a conflicting save list what changed since). */
    version?: number | null;
  },
): Promise<number> {
  const base = {
    module: input.module,
    recordId: input.recordId,
    userId: input.user.id,
    userName: input.user.name,
    action: input.action,
    version: input.version ?? null,
  };
  const data =
    input.action === "update"
      ? (input.changes ?? []).map((c) => ({ ...base, field: c.field, before: c.before, after: c.after }))
      : [{ ...base, field: null, before: null, after: null }];
  if (data.length === 0) return 0;
  // One timestamp for the whole action, so its rows group together in the history.
  const createdAt = new Date();
  const { count } = await db.auditLog.createMany({ data: data.map((d) => ({ ...d, createdAt })) });
  return count;
}
