import type { Cell, ReportColumn, ReportResult, ReportRow } from "@/lib/reports/types";

// What the user does to a report's table, kept in the address (works without JavaScript, and a link or a saved
// report reproduces it): `sort=<column>`, `dir=asc|desc`, `cols=<column>,<column>,…` for the order of columns.

export type TableView = { sort: string | null; dir: "asc" | "desc"; order: string[] };

export function tableViewOf(sp: { get(name: string): string | null }): TableView {
  const cols = sp.get("cols");
  return { sort: sp.get("sort"), dir: sp.get("dir") === "desc" ? "desc" : "asc", order: cols ? cols.split(",").slice(0, 100) : [] };
}

/** The columns in the user's order: known ones they listed first, then the rest in the report's own order. */
export function orderColumns(columns: readonly ReportColumn[], order: readonly string[]): ReportColumn[] {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const listed = [...new Set(order)].map((k) => byKey.get(k)).filter((c): c is ReportColumn => !!c);
  return [...listed, ...columns.filter((c) => !listed.includes(c))];
}

/** The order after moving one column one place left (-1) or right (+1). */
export function moveColumn(columns: readonly ReportColumn[], key: string, step: -1 | 1): string[] {
  const keys = columns.map((c) => c.key);
  const i = keys.indexOf(key);
  const j = i + step;
  if (i < 0 || j < 0 || j >= keys.length) return keys;
  [keys[i], keys[j]] = [keys[j], keys[i]];
  return keys;
}

const compare = (a: Cell | undefined, b: Cell | undefined, locale: string) =>
  typeof a === "number" && typeof b === "number" ? a - b : String(a ?? "").localeCompare(String(b ?? ""), locale, { numeric: true });

/** Rows sorted by the chosen column (first column ascending by default); ties keep the first column's order. */
export function sortRows(result: ReportResult, view: TableView, locale: string): ReportRow[] {
  const first = result.columns[0]?.key;
  const sort = result.columns.some((c) => c.key === view.sort) ? view.sort! : first;
  const sign = view.dir === "desc" ? -1 : 1;
  return [...result.rows].sort((a, b) => sign * compare(a[sort], b[sort], locale) || compare(a[first], b[first], locale));
}

/** The totals row: sums of the columns marked `total`, nothing under the others. */
export function totalsOf(result: ReportResult): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const c of result.columns) if (c.total) totals[c.key] = result.rows.reduce((sum, r) => sum + (typeof r[c.key] === "number" ? (r[c.key] as number) : 0), 0);
  return totals;
}
