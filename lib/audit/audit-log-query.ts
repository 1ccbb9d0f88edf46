import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { MODULE_KEYS } from "@/lib/modules/registry";
import { dateFromText } from "@/lib/records/date-text";
import { wallTimeToUtc } from "@/lib/records/wall-time";

// Every kind of entry the audit log holds: record changes and the events of lib/records/audit.ts (a test keeps
// the two lists equal). The screen offers them as filters in this order.
export const AUDIT_ACTIONS = [
  "create", "update", "delete", "restore", "export", "download", "bulk", "import",
  "signIn", "signInFailed", "lockout", "signOut", "permission", "userCreated", "userActive",
  "purge", "consentGiven", "consentWithdrawn", "accessRequest", "accessExport", "anonymise", "erase", "legalHold",
] as const;

const id = z.string().trim().max(40).regex(/^[A-Za-z0-9_-]+$/);
// Typed in the page's format (« 30/08/2025 ») or ISO, as the date inputs send them.
const day = z.string().max(20).transform((v) => dateFromText(v)).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`))));
// Each criterion comes from the address: a wrong one is dropped, never passed on, and never an error page.
const filterSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  module: z.enum(MODULE_KEYS as unknown as [string, ...string[]]).optional().catch(undefined),
  user: id.optional().catch(undefined),
  record: id.optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  cursor: z.string().max(100).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof filterSchema>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""));
  return filterSchema.parse(first);
}

const encodeCursor = (row: { createdAt: Date; id: string }) => Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [at, rowId] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  return rowId && !Number.isNaN(createdAt.getTime()) ? { createdAt, id: rowId } : null;
}

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** One page of the log, newest first, keyset-paged on (createdAt, id); days are the reader's time zone's. */
export async function auditLogPage(db: Pick<Db, "auditLog">, filter: AuditFilter, opts: { timeZone: string; pageSize?: number }) {
  const pageSize = opts.pageSize ?? 50;
  const cursor = decodeCursor(filter.cursor);
  const createdAt: { gte?: Date; lt?: Date } = {};
  if (filter.from) createdAt.gte = wallTimeToUtc(`${filter.from}T00:00`, opts.timeZone);
  if (filter.to) createdAt.lt = wallTimeToUtc(`${nextDay(filter.to)}T00:00`, opts.timeZone);
  const rows = await db.auditLog.findMany({
    where: {
      AND: [
        filter.action ? { action: filter.action } : {},
        filter.module ? { module: filter.module } : {},
        filter.user ? { userId: filter.user } : {},
        filter.record ? { recordId: filter.record } : {},
        Object.keys(createdAt).length ? { createdAt } : {},
        cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  return { rows: page, nextCursor: rows.length > pageSize ? encodeCursor(page[page.length - 1]) : null };
}
