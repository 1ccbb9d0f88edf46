import type { CurrentUser } from "@/lib/auth/current-user";
import type { Period } from "@/lib/reports/period";

export type Cell = string | number;
export type ReportRow = Record<string, Cell>;
/** `total`: summed in the totals row (the CSV's last line carries the same sums). */
export type ReportColumn = { key: string; numeric?: boolean; total?: boolean; /** Columns made from data (a visit reason) carry their own label. */ label?: string };
export type ReportResult = {
  columns: ReportColumn[];
  rows: ReportRow[];
  /** The column a chart labels bars with and the number it draws; the table always shows the same numbers. */
  chart?: { label: string; value: string };
};

export type ReportParams = {
  period: Period;
  staff: string | null;
  program: string | null;
  service: string | null;
  unit: "day" | "week" | "month";
  by: "clientStatus" | "immigrationStatus";
};

export type ReportUser = Pick<CurrentUser, "id" | "role">;
export type ReportContext = {
  user: ReportUser;
  locale: "fr" | "en";
  timeZone: string;
  params: ReportParams;
  t: (key: string) => string;
};

export type ReportParamKey = "staff" | "program" | "service" | "unit" | "by";

export type BuiltInReport = {
  key: string;
  /** Modules whose records the report reads: each needs « read » to run it and « export » to download it. */
  modules: readonly string[];
  params: readonly ReportParamKey[];
  run: (ctx: ReportContext) => Promise<ReportResult>;
};
