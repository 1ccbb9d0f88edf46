import "server-only";
import { ident, join, rows, scopeSql, sql, num, type Sql } from "@/lib/reports/sql";
import type { BuiltInReport } from "@/lib/reports/types";

type Row = { name: string; activities: number; services: number; participations: number };

/**
 * « Partenaires mobilisés »: partners with an activity (call, meeting, task) dated in the period, a service
 * or a program participation overlapping it; a staff member keeps their own activities and services. The
 * sources are summed per partner first, then joined to a few thousand partners, not to every source row.
 */
export const partnersEngaged: BuiltInReport = {
  key: "partners",
  modules: ["partners"],
  params: ["staff"],
  async run(ctx) {
    const { start, end, from, to } = ctx.params.period;
    const staff = ctx.params.staff;
    const parts: Sql[] = [];
    // « partnerId <> '' » (ids are never empty) rather than IS NOT NULL: SQLite reads IS NOT NULL as a range on the
    // partner index and then fetches every linked activity of all time to test its date; with « <> '' » it reads
    // the period from the covering (deletedAt, date, clientId, partnerId, …) index, as PostgreSQL does anyway.
    for (const [module, table, column] of [["calls", "Call", "startAt"], ["meetings", "Meeting", "startAt"], ["tasks", "Task", "activityAt"]] as const) {
      parts.push(sql`SELECT x."partnerId" AS pid, 1 AS a, 0 AS s, 0 AS p FROM ${ident(table)} x
        WHERE ${await scopeSql(ctx.user, module, "x")} AND x."partnerId" <> '' AND x.${ident(column)} >= ${start} AND x.${ident(column)} < ${end}
        ${staff ? sql`AND x."assignedUserId" = ${staff}` : sql``}`);
    }
    parts.push(sql`SELECT x."partnerId" AS pid, 0 AS a, 1 AS s, 0 AS p FROM "Service" x
      WHERE ${await scopeSql(ctx.user, "services", "x")} AND x."partnerId" IS NOT NULL AND x."startSort" <> '' AND x."startSort" <= ${to} AND COALESCE(x."endDate", x."startDate") >= ${from}
      ${staff ? sql`AND x."staffUserId" = ${staff}` : sql``}`);
    if (!staff) {
      parts.push(sql`SELECT x."partnerId" AS pid, 0 AS a, 0 AS s, 1 AS p FROM "ProgramParticipation" x
        WHERE ${await scopeSql(ctx.user, "programs", "x")} AND x."partnerId" IS NOT NULL AND x."startSort" <= ${to} AND (x."endDate" IS NULL OR x."endDate" >= ${from})`);
    }
    const result = await rows<Row>(sql`
      SELECT pa."name" AS name, u.a AS activities, u.s AS services, u.p AS participations
      FROM (SELECT pid, SUM(a) AS a, SUM(s) AS s, SUM(p) AS p FROM (${join(parts, " UNION ALL ")}) t GROUP BY pid) u
      JOIN "Partner" pa ON pa."id" = u.pid
      WHERE ${await scopeSql(ctx.user, "partners", "pa")}`);
    return {
      columns: [{ key: "partner" }, { key: "activities", numeric: true, total: true }, { key: "services", numeric: true, total: true }, { key: "participations", numeric: true, total: true }],
      rows: result.map((r) => ({ partner: r.name, activities: num(r.activities), services: num(r.services), participations: num(r.participations) })),
      chart: { label: "partner", value: "activities" },
    };
  },
};
