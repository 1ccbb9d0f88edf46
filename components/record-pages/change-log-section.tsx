import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { modelOf } from "@/lib/modules/registry";
import { formatDuration, parseJsonArray, type DisplayContext } from "@/lib/records/display";
import type { ModuleDef } from "@/lib/records/types";
import { ChangeLog } from "@/components/records/change-log";

/** « Journal des modifications » of one record: the last 100 changes, values shown as the user knows them. */
export async function ChangeLogSection({ def, recordId, ctx }: { def: ModuleDef; recordId: string; ctx: DisplayContext }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const rows = await db.auditLog.findMany({ where: { module: def.key, recordId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 100 });
  // Related records by name, never by id, even once they are in the recycle bin.
  const relations: DisplayContext["relations"] = {};
  for (const field of def.fields.filter((f) => f.kind === "relation" && f.relation)) {
    const ids = rows.filter((r) => r.field === field.name).flatMap((r) => [r.before, r.after]).filter((v): v is string => !!v);
    const target = modelOf(field.relation!.module);
    if (target && ids.length) relations[field.name] = await target.labels(ids);
  }
  // « Lié à » values are logged as "module:id"; their labels are keyed the same way.
  for (const field of def.fields.filter((f) => f.kind === "parent")) {
    const refs = rows.filter((r) => r.field === field.name).flatMap((r) => [r.before, r.after]).filter((v): v is string => !!v);
    const labels = new Map<string, { label: string; deleted: boolean }>();
    for (const key of field.parent?.modules ?? []) {
      const ids = refs.filter((v) => v.startsWith(`${key}:`)).map((v) => v.slice(key.length + 1));
      const target = modelOf(key);
      if (!target || ids.length === 0) continue;
      for (const [id, found] of await target.labels(ids)) labels.set(`${key}:${id}`, found);
    }
    relations[field.name] = labels;
  }
  const shown = (fieldName: string | null, value: string | null): string | null => {
    const field = def.fields.find((f) => f.name === fieldName);
    if (!field || value === null) return value;
    const option = (v: string) => (field.picklist ? (ctx.picklists.get(`${field.picklist}:${v}`) ?? v) : t(`modules.${def.key}.options.${field.name}.${v}` as never));
    if (field.kind === "boolean") return value === "true" ? t("common.yes") : t("common.no");
    if (field.kind === "enum") return option(value);
    if (field.kind === "multienum") return parseJsonArray(value).map(option).join(", ");
    if (field.kind === "user") return ctx.users.get(value) ?? value;
    if (field.kind === "relation") {
      const found = relations[field.name]?.get(value);
      return found ? (found.deleted ? t("records.deletedRecord", { label: found.label }) : found.label) : t("records.untitled");
    }
    if (field.kind === "parent") {
      const found = relations[field.name]?.get(value);
      if (!found) return t("records.untitled");
      const label = t("records.parentLabel", { type: t(`modules.${value.split(":")[0]}.singular` as never), label: found.label });
      return found.deleted ? t("records.deletedRecord", { label }) : label;
    }
    if (field.kind === "users") return parseJsonArray(value).map((id) => ctx.users.get(id) ?? id).join(", ");
    if (field.kind === "date") return ctx.formatDate(value);
    if (field.kind === "datetime") return Number.isNaN(new Date(value).getTime()) ? value : ctx.formatDateTime(new Date(value));
    if (field.kind === "duration" && /^\d+$/.test(value)) return formatDuration(Number(value), ctx.t);
    return value;
  };
  const entries = rows.map((r) => ({
    id: r.id,
    at: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    user: r.userName,
    action: t(`records.audit.${r.action}` as never),
    field: r.field ? t(`modules.${def.key}.fields.${r.field}` as never) : null,
    before: shown(r.field, r.before),
    after: shown(r.field, r.after),
  }));
  return <ChangeLog entries={entries} />;
}
