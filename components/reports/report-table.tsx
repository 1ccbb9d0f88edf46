import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";
import { moveColumn } from "@/lib/reports/table";
import type { ReportColumn, ReportRow } from "@/lib/reports/types";
import type { TableView } from "@/lib/reports/table";

type Props = {
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  totals: Record<string, number>;
  view: TableView;
  /** The page's address without sort and column order; header links add them. */
  path: string;
  query: URLSearchParams;
  labels: { column: (c: ReportColumn) => string; total: string; sortBy: (c: string) => string; moveLeft: (c: string) => string; moveRight: (c: string) => string; empty: string };
  locale: string;
};

/**
 * A report's table. The guide's rule: a column title in red can be sorted or moved. Titles are links (sort, and
 * again to reverse) and each has two small arrows that move it; everything is in the address, so it works
 * without JavaScript and the CSV link carries the same view.
 */
export function ReportTable({ caption, columns, rows, totals, view, path, query, labels, locale }: Props) {
  const href = (next: Partial<TableView>) => {
    const q = new URLSearchParams(query);
    const v = { ...view, ...next };
    if (v.sort) q.set("sort", v.sort);
    q.set("dir", v.dir);
    if (v.order.length) q.set("cols", v.order.join(","));
    return `${path}?${q}`;
  };
  const number = new Intl.NumberFormat(locale);
  const sortedKey = view.sort && columns.some((c) => c.key === view.sort) ? view.sort : columns[0]?.key;
  const cell = (c: ReportColumn, v: unknown) => (typeof v === "number" ? number.format(v) : String(v ?? ""));
  return (
    <div className="card overflow-x-auto !p-0">
      <table className="w-full text-left text-sm" data-testid="report-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            {columns.map((c, i) => {
              const label = labels.column(c);
              const sorted = sortedKey === c.key;
              return (
                <th key={c.key} scope="col" aria-sort={sorted ? (view.dir === "desc" ? "descending" : "ascending") : undefined} className={`px-3 py-2 align-bottom ${c.numeric ? "text-right" : ""}`}>
                  <span className={`inline-flex items-center gap-1 ${c.numeric ? "flex-row-reverse" : ""}`}>
                    <Link
                      href={href({ sort: c.key, dir: sorted && view.dir === "asc" ? "desc" : "asc" })}
                      className="font-semibold text-red-700 hover:underline dark:text-red-400"
                      aria-label={labels.sortBy(label)}
                      data-column={c.key}
                    >
                      {label}
                      {sorted && (view.dir === "desc" ? <ArrowDown className="ml-0.5 inline size-3.5" aria-hidden /> : <ArrowUp className="ml-0.5 inline size-3.5" aria-hidden />)}
                    </Link>
                    <span className="inline-flex">
                      {i > 0 && (
                        <Link href={href({ order: moveColumn(columns, c.key, -1) })} className="inline-flex size-6 items-center justify-center rounded text-red-700 hover:bg-slate-100 dark:text-red-400 dark:hover:bg-slate-800" aria-label={labels.moveLeft(label)} title={labels.moveLeft(label)}>
                          <ArrowLeft className="size-4" aria-hidden />
                        </Link>
                      )}
                      {i < columns.length - 1 && (
                        <Link href={href({ order: moveColumn(columns, c.key, 1) })} className="inline-flex size-6 items-center justify-center rounded text-red-700 hover:bg-slate-100 dark:text-red-400 dark:hover:bg-slate-800" aria-label={labels.moveRight(label)} title={labels.moveRight(label)}>
                          <ArrowRight className="size-4" aria-hidden />
                        </Link>
                      )}
                    </span>
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-4 text-slate-500 dark:text-slate-400">{labels.empty}</td>
            </tr>
          ) : (
            rows.map((r, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.key} className={`px-3 py-[var(--row-y)] ${c.numeric ? "text-right tabular-nums" : ""}`}>{cell(c, r[c.key])}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold dark:border-slate-600">
          <tr data-testid="report-totals">
            {columns.map((c, i) => (
              <td key={c.key} className={`px-3 py-2 ${c.numeric ? "text-right tabular-nums" : ""}`} data-column={c.key}>
                {c.key in totals ? number.format(totals[c.key]) : i === 0 ? labels.total : ""}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
