import "server-only";
import { modelOf } from "@/lib/modules/registry";
import { formatDuration, parseJsonArray, type DisplayContext } from "@/lib/records/display";
import type { ModuleDef } from "@/lib/records/types";

type LoggedChange = { field: string | null; before: string | null; after: string | null };

/**
 * Turns logged values (text, as `writeAudit` keeps them) back into what a user reads: list labels, people's and
 * related records' names (even once in the recycle bin), dates in their zone. Related names are read in one
 * query per related module for all of `rows`.
 */
export async function auditValueFormatter(def: ModuleDef, rows: readonly LoggedChange[], ctx: DisplayContext) {
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
  return (fieldName: string | null, value: string | null): string | null => {
    const field = def.fields.find((f) => f.name === fieldName);
    if (!field || value === null) return value;
    const option = (v: string) => (field.picklist ? (ctx.picklists.get(`${field.picklist}:${v}`) ?? v) : ctx.t(`modules.${def.key}.options.${field.name}.${v}`));
    if (field.kind === "boolean") return value === "true" ? ctx.t("common.yes") : ctx.t("common.no");
    if (field.kind === "enum") return option(value);
    if (field.kind === "multienum") return parseJsonArray(value).map(option).join(", ");
    if (field.kind === "user") return ctx.users.get(value) ?? value;
    if (field.kind === "relation") {
      const found = relations[field.name]?.get(value);
      return found ? (found.deleted ? ctx.t("records.deletedRecord", { label: found.label }) : found.label) : ctx.t("records.untitled");
    }
    if (field.kind === "parent") {
      const found = relations[field.name]?.get(value);
      if (!found) return ctx.t("records.untitled");
      const label = ctx.t("records.parentLabel", { type: ctx.t(`modules.${value.split(":")[0]}.singular`), label: found.label });
      return found.deleted ? ctx.t("records.deletedRecord", { label }) : label;
    }
    if (field.kind === "users") return parseJsonArray(value).map((id) => ctx.users.get(id) ?? id).join(", ");
    if (field.kind === "date") return ctx.formatDate(value);
    if (field.kind === "datetime") return Number.isNaN(new Date(value).getTime()) ? value : ctx.formatDateTime(new Date(value));
    if (field.kind === "duration" && /^\d+$/.test(value)) return formatDuration(Number(value), ctx.t);
    return value;
  };
}
