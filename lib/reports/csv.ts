import "server-only";
import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS, neutraliseCell } from "@/lib/list-tools/csv-cell";
import { columnLabel, type ReportTable, type Translate } from "@/lib/reports/run";

const BATCH = 500;

/**
 * The report's table as CSV: header, rows in the table's order, then the totals row the page shows. Streamed in
 * batches so a long report (one row per partner) never becomes one string. Cells are made injection-safe.
 */
export function reportCsvStream(table: Pick<ReportTable, "columns" | "rows" | "totals">, t: Translate, delimiter: ";" | ","): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const lines: string[][] = [table.columns.map((c) => columnLabel(c, t))];
  for (const row of table.rows) lines.push(table.columns.map((c) => String(row[c.key] ?? "")));
  lines.push(table.columns.map((c, i) => (c.key in table.totals ? String(table.totals[c.key]) : i === 0 ? t("reports.total") : "")));
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const batch = lines.slice(next, next + BATCH).map((line) => line.map(neutraliseCell));
      controller.enqueue(encoder.encode(stringify(batch, { ...CSV_OPTIONS, delimiter, bom: next === 0 })));
      next += BATCH;
      if (next >= lines.length) controller.close();
    },
  });
}
