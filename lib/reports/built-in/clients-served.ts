import "server-only";
import { rows, scopeSql, sql, num } from "@/lib/reports/sql";
import { servedClientFilter } from "@/lib/reports/built-in/served-sources";
import type { BuiltInReport } from "@/lib/reports/types";

type Row = { grp: string | null; served: number; created: number };

/**
 * « Clients servis »: distinct clients served in the period, by « Statut du client » or by immigration status; a
 * client is new when their file was created in the period, returning otherwise. Each client falls in one group,
 * so the totals row is the number of distinct clients served.
 */
export const clientsServed: BuiltInReport = {
  key: "clients-served",
  modules: ["clients"],
  params: ["by", "staff", "program", "service"],
  async run(ctx) {
    const { start, end } = ctx.params.period;
    const by = ctx.params.by;
    const scope = await scopeSql(ctx.user, "clients", "c");
    const column = by === "immigrationStatus" ? sql`c."immigrationStatus"` : sql`c."clientStatus"`;
    const result = await rows<Row>(sql`
      SELECT ${column} AS grp, COUNT(*) AS served,
             SUM(CASE WHEN c."createdAt" >= ${start} AND c."createdAt" < ${end} THEN 1 ELSE 0 END) AS created
      FROM "Client" c
      WHERE ${scope} AND ${await servedClientFilter(ctx, "c")}
      GROUP BY ${column}`);
    return {
      columns: [{ key: "group" }, { key: "served", numeric: true, total: true }, { key: "new", numeric: true, total: true }, { key: "returning", numeric: true, total: true }],
      rows: result.map((r) => ({
        group: r.grp ? ctx.t(`modules.clients.options.${by}.${r.grp}`) : ctx.t("reports.notSpecified"),
        served: num(r.served),
        new: num(r.created),
        returning: num(r.served) - num(r.created),
      })),
      chart: { label: "group", value: "served" },
    };
  },
};
