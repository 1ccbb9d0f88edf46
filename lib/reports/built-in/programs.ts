import "server-only";
import { rows, scopeSql, sql, num } from "@/lib/reports/sql";
import type { BuiltInReport } from "@/lib/reports/types";

type Row = { fr: string; en: string; active: number; started: number; ended: number };

/**
 * « Participations aux programmes »: per program, participations active in the period (begun by its end, not
 * ended before its start), and those among them that started or ended in it.
 */
export const programParticipations: BuiltInReport = {
  key: "programs",
  modules: ["programs"],
  params: ["program"],
  async run(ctx) {
    const { from, to } = ctx.params.period;
    const scope = await scopeSql(ctx.user, "programs", "p");
    const result = await rows<Row>(sql`
      SELECT MAX(p."programFr") AS fr, MAX(p."programEn") AS en, COUNT(*) AS active,
             SUM(CASE WHEN p."startDate" >= ${from} AND p."startDate" <= ${to} THEN 1 ELSE 0 END) AS started,
             SUM(CASE WHEN p."endDate" >= ${from} AND p."endDate" <= ${to} THEN 1 ELSE 0 END) AS ended
      FROM "ProgramParticipation" p
      WHERE ${scope} AND p."startSort" <= ${to} AND (p."endDate" IS NULL OR p."endDate" >= ${from})
        ${ctx.params.program ? sql`AND p."program" = ${ctx.params.program}` : sql``}
      GROUP BY p."program"`);
    return {
      columns: [{ key: "program" }, { key: "active", numeric: true, total: true }, { key: "started", numeric: true, total: true }, { key: "ended", numeric: true, total: true }],
      rows: result.map((r) => ({ program: (ctx.locale === "en" ? r.en : r.fr) || "", active: num(r.active), started: num(r.started), ended: num(r.ended) })),
      chart: { label: "program", value: "active" },
    };
  },
};
