import "server-only";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/messages";
import { reportParamsOf } from "@/lib/reports/params";
import { sortRows, orderColumns, tableViewOf, totalsOf } from "@/lib/reports/table";
import type { BuiltInReport, ReportColumn, ReportParams, ReportResult, ReportRow, ReportUser } from "@/lib/reports/types";
import type { TableView } from "@/lib/reports/table";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translatorFor(locale: "fr" | "en"): Translate {
  const t = createTranslator({ locale, messages: loadMessages(locale) as never });
  return (key, values) => t(key as never, values as never);
}

export type ReportTable = {
  params: ReportParams;
  view: TableView;
  result: ReportResult;
  columns: ReportColumn[];
  rows: ReportRow[];
  totals: Record<string, number>;
};

/**
 * One run of a built-in report as the page and the CSV both show it: the same parameters, rows, order of rows
 * and columns, and totals, so the download always matches the screen.
 */
export async function runReport(report: BuiltInReport, user: ReportUser & { timeZone: string }, locale: "fr" | "en", sp: { get(name: string): string | null }): Promise<ReportTable> {
  const params = reportParamsOf(sp, user.timeZone);
  const t = translatorFor(locale);
  const result = await report.run({ user, locale, timeZone: user.timeZone, params, t: (key) => t(key) });
  const view = tableViewOf(sp);
  return { params, view, result, columns: orderColumns(result.columns, view.order), rows: sortRows(result, view, locale), totals: totalsOf(result) };
}

export function columnLabel(column: ReportColumn, t: Translate): string {
  return column.label ?? t(`reports.columns.${column.key}`);
}
