import { BarChart } from "@/components/reports/bar-chart";
import { ReportTable } from "@/components/reports/report-table";
import type { Translate } from "@/lib/reports/run";
import { columnLabel } from "@/lib/reports/run";
import type { TableView } from "@/lib/reports/table";
import type { ReportColumn, ReportResult, ReportRow } from "@/lib/reports/types";

type Props = {
  title: string;
  table: { columns: ReportColumn[]; rows: ReportRow[]; totals: Record<string, number>; result: ReportResult };
  view: TableView;
  path: string;
  query: URLSearchParams;
  locale: string;
  t: Translate;
};

/** A report's table with its totals, then its chart when it has one: the same for built-in and built reports. */
export function ReportOutput({ title, table, view, path, query, locale, t }: Props) {
  const chart = table.result.chart;
  const chartColumn = chart && table.result.columns.find((c) => c.key === chart.value);
  return (
    <>
      <p className="text-xs text-slate-500 dark:text-slate-400">{t("reports.columnHint")}</p>
      <ReportTable
        caption={title}
        columns={table.columns}
        rows={table.rows}
        totals={table.totals}
        view={view}
        path={path}
        query={query}
        locale={locale}
        labels={{
          column: (c) => columnLabel(c, t),
          total: t("reports.total"),
          sortBy: (c) => t("reports.sortBy", { column: c }),
          moveLeft: (c) => t("reports.moveLeft", { column: c }),
          moveRight: (c) => t("reports.moveRight", { column: c }),
          empty: t("reports.empty"),
        }}
      />
      {chart && chartColumn && table.rows.length > 0 && <BarChart rows={table.rows} label={chart.label} value={chart.value} title={t("reports.chartOf", { column: columnLabel(chartColumn, t) })} />}
    </>
  );
}
