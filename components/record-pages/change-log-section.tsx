import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { anonymisedAt, maskedByAnonymisation } from "@/lib/audit/anonymised";
import { auditValueFormatter } from "@/lib/records/audit-display";
import type { DisplayContext } from "@/lib/records/display";
import type { ModuleDef } from "@/lib/records/types";
import { ChangeLog } from "@/components/records/change-log";

/**
 * « Journal des modifications » of one record: the last 100 changes, values shown as the user knows them; the
 * values of fields hidden from the user, and those logged before the record was anonymised, are masked.
 */
export async function ChangeLogSection({ def, recordId, ctx, hidden }: { def: ModuleDef; recordId: string; ctx: DisplayContext; hidden: ReadonlySet<string> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const rows = await db.auditLog.findMany({ where: { module: def.key, recordId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 100 });
  const [shown, anonymised] = await Promise.all([auditValueFormatter(def, rows, ctx), anonymisedAt(def.key, [recordId])]);
  const masked = (r: (typeof rows)[number]) => (!!r.field && hidden.has(r.field)) || maskedByAnonymisation(anonymised, recordId, r.createdAt);
  const entries = rows.map((r) => ({
    id: r.id,
    at: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    user: r.userName,
    // Events that are not a field change (download, consent, access request …) carry the audit screen's label.
    action: t.has(`records.audit.${r.action}` as never) ? t(`records.audit.${r.action}` as never) : t(`auditLog.actions.${r.action}` as never),
    field: r.field ? t(`modules.${def.key}.fields.${r.field}` as never) : null,
    // A field the user may not see keeps its line (something changed) but never its values.
    before: masked(r) ? (r.before === null ? null : t("accessAdmin.masked")) : shown(r.field, r.before),
    after: masked(r) ? (r.after === null ? null : t("accessAdmin.masked")) : shown(r.field, r.after),
  }));
  return <ChangeLog entries={entries} />;
}
