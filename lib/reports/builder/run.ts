import "server-only";
import { canModule, hiddenFields } from "@/lib/auth/access";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { listStateOf } from "@/lib/list-tools/query";
import { modelOf } from "@/lib/modules/registry";
import { recordContext } from "@/lib/records/context";
import { displayValue } from "@/lib/records/display";
import { isPostgres } from "@/lib/records/engine";
import { filterWhere } from "@/lib/records/filters";
import { recordScope } from "@/lib/records/scope";
import type { DisplayValue } from "@/lib/records/types";
import { MAX_BUILDER_ROWS, type BuilderSpec } from "@/lib/reports/builder/spec";
import { orderColumns, sortRows, totalsOf, type TableView } from "@/lib/reports/table";
import type { ReportResult } from "@/lib/reports/types";

export function displayText(value: DisplayValue, t: (key: string) => string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return t(value ? "records.yes" : "records.no");
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return value.label;
  return String(value);
}

export type BuilderTable = { columns: ReportResult["columns"]; rows: ReportResult["rows"]; totals: Record<string, number>; result: ReportResult; capped: boolean };

/**
 * Runs a built report for a user: null when they may not read the module. Rows come through the module's own
 * list (record scope, criteria, hidden fields left out), at most MAX_BUILDER_ROWS; a grouping counts per value in
 * the database with the same where-clause the list uses, so counts equal the filtered list's count.
 */
export async function runBuilder(spec: BuilderSpec, user: CurrentUser, view: TableView, locale: string): Promise<BuilderTable | null> {
  const model = modelOf(spec.module);
  if (!model || !(await canModule(user, spec.module, "read"))) return null;
  const def = model.def;
  const hidden = await hiddenFields(user, def.key);
  const params = { ...listStateOf(def, spec.query), locale };
  const ctx = await recordContext();
  let result: ReportResult;
  let capped = false;
  if (spec.groupBy && !hidden.has(spec.groupBy)) {
    const field = def.fields.find((f) => f.name === spec.groupBy)!;
    const criteria = params.criteria ?? [];
    const computed: object[] = [];
    const plain = [];
    for (const c of criteria) {
      const filter = c.op === "is" ? await model.computedFilter(c.field, c.value === "1") : null;
      if (filter) computed.push(filter);
      else plain.push(c);
    }
    const where = { AND: [await recordScope(user, def.key), ...filterWhere(def, plain, { userId: user.id, timeZone: user.timeZone, postgres: isPostgres() }), ...computed] };
    const table = model.table(db) as unknown as { groupBy: (args: object) => Promise<Record<string, unknown>[]> };
    const groups = await table.groupBy({ by: [field.name], where, _count: { _all: true } });
    result = {
      columns: [{ key: field.name, label: ctx.t(`modules.${def.key}.fields.${field.name}`) }, { key: "count", numeric: true, total: true }],
      rows: groups.map((g) => ({
        [field.name]: displayText(displayValue(def, field, g, ctx), ctx.t) || ctx.t("reports.notSpecified"),
        count: (g._count as { _all: number })._all,
      })),
      chart: { label: field.name, value: "count" },
    };
  } else {
    const page = await model.list({ ...params, cursor: null, before: false }, user, [], MAX_BUILDER_ROWS, spec.columns);
    capped = page.capped || page.count > page.rows.length;
    result = {
      columns: spec.columns.map((c) => ({ key: c, label: ctx.t(`modules.${def.key}.fields.${c}`) })),
      rows: page.rows.map((r) => Object.fromEntries(spec.columns.map((c) => [c, displayText(r.values[c], ctx.t)]))),
    };
  }
  const totals = totalsOf(result);
  return { columns: orderColumns(result.columns, view.order), rows: sortRows(result, view, locale), totals, result, capped };
}
