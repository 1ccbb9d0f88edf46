import "server-only";
import { rows, scopeSql, sql, num } from "@/lib/reports/sql";
import { userNames } from "@/lib/reports/built-in/users";
import type { BuiltInReport } from "@/lib/reports/types";

type Row = { counsellor: string | null; opened: number; closed: number };

/** « Dossiers SAE »: files opened and files closed in the period, by counsellor. */
export const saeFiles: BuiltInReport = {
  key: "sae",
  modules: ["sae"],
  params: ["staff"],
  async run(ctx) {
    const { from, to } = ctx.params.period;
    const scope = await scopeSql(ctx.user, "sae", "f");
    const result = await rows<Row>(sql`
      SELECT f."counsellorId" AS counsellor,
             SUM(CASE WHEN f."openedOn" >= ${from} AND f."openedOn" <= ${to} THEN 1 ELSE 0 END) AS opened,
             SUM(CASE WHEN f."closedOn" >= ${from} AND f."closedOn" <= ${to} THEN 1 ELSE 0 END) AS closed
      FROM "SaeFile" f
      WHERE ${scope} AND ((f."openedSort" >= ${from} AND f."openedSort" <= ${to}) OR (f."closedOn" >= ${from} AND f."closedOn" <= ${to}))
        ${ctx.params.staff ? sql`AND f."counsellorId" = ${ctx.params.staff}` : sql``}
      GROUP BY f."counsellorId"`);
    const names = await userNames();
    return {
      columns: [{ key: "counsellor" }, { key: "opened", numeric: true, total: true }, { key: "closed", numeric: true, total: true }],
      rows: result.map((r) => ({ counsellor: (r.counsellor && names.get(r.counsellor)) || ctx.t("reports.unassigned"), opened: num(r.opened), closed: num(r.closed) })),
      chart: { label: "counsellor", value: "opened" },
    };
  },
};
