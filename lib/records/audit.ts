// One audit log for every event. Record changes: one AuditLog row per changed field (« Journal des
// modifications »), values kept as text so that every field kind reads the same in the history. Other events
// (export, download, sign-in, permission change …): one row with who, when, from where and a JSON detail.
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
export async function writeAudit(db: Db | Prisma.TransactionClient, input: AuditInput): Promise<number> {
  // One timestamp for the whole action, so its rows group together in the history.
  const data = auditRows(input, new Date());
  if (data.length === 0) return 0;
  // One row (a create, a delete, a restore) goes in with create: Prisma keeps a create's query plan but compiles
  // every createMany again, a millisecond of CPU per save.
  if (data.length === 1) {
    await db.auditLog.create({ data: data[0], select: { id: true } });
    return 1;
  }
  const { count } = await db.auditLog.createMany({ data });
  return count;
}

export type AuditInput = {
  module: string;
  recordId: string;
  user: { id: string | null; name: string };
  action: AuditAction;
  changes?: readonly AuditChange[];
  /** The record's version after this change (lets a conflicting save list what changed since). */
  version?: number | null;
};

/** The history rows of one action (writeAudit's, or a batch's that writes many actions' rows at once). */
export function auditRows(input: AuditInput, createdAt: Date) {
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
  return data.map((d) => ({ ...d, createdAt }));
}

/** Events that are not a field change. Later features add their kind here (and its label in the messages). */
export type AuditEvent = "signIn" | "signInFailed" | "lockout" | "signOut" | "permission" | "userCreated" | "userActive" | "export" | "download" | "bulk"
  | "purge" | "consentGiven" | "consentWithdrawn" | "accessRequest" | "accessExport" | "anonymise" | "erase" | "legalHold" | "import";

/**
 * Records one event. `detail` is structured (the export's filter and row count, the role before and after …) and
 * stored as JSON; `module` / `recordId` name the record concerned when there is one.
 */
export async function logEvent(
  db: Db | Prisma.TransactionClient,
  input: {
    action: AuditEvent;
    user: { id: string | null; name: string } | null;
    ip?: string | null;
    module?: string | null;
    recordId?: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await db.auditLog.create({
    data: {
      action: input.action,
      userId: input.user?.id ?? null,
      userName: input.user?.name ?? "",
      ip: input.ip ? input.ip.slice(0, 64) : null,
      module: input.module ?? null,
      recordId: input.recordId ?? null,
      detail: input.detail ? JSON.stringify(input.detail) : null,
    },
  });
}
