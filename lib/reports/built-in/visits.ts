import "server-only";
import { isPostgres } from "@/lib/records/engine";
import { picklistLabels } from "@/lib/records/picklists";
import { bucketOf, dayOf } from "@/lib/reports/period";
import { rows, scopeSql, sql, num } from "@/lib/reports/sql";
import type { BuiltInReport, ReportRow } from "@/lib/reports/types";

type Row = { hour: string; reason: string; visits: number };

/**
 * « Visites au bureau »: kiosk visits by day, week (from Monday) or month, one column per reason. The database
 * counts per UTC hour and reason (a few thousand rows for a year); the hours are then placed on the user's
 * calendar days, so a visit at 20:30 in Iqaluit is on that day and not the next UTC one.
 */
export const officeVisits: BuiltInReport = {
  key: "visits",
  modules: ["clients"],
  params: ["unit"],
  async run(ctx) {
    const { start, end } = ctx.params.period;
    const hour = isPostgres() ? sql`to_char(v."visitedAt", 'YYYY-MM-DD"T"HH24')` : sql`substr(v."visitedAt", 1, 13)`;
    const scope = await scopeSql(ctx.user, "clients", "c");
    const result = await rows<Row>(sql`
      SELECT ${hour} AS hour, v."reason" AS reason, COUNT(*) AS visits
      FROM "Visit" v JOIN "Client" c ON c."id" = v."clientId"
      WHERE ${scope} AND v."visitedAt" >= ${start} AND v."visitedAt" < ${end}
      GROUP BY ${hour}, v."reason"`);
    const labels = await picklistLabels(ctx.locale);
    const reasons = [...new Set(result.map((r) => r.reason))].sort((a, b) => (labels.get(`visitReasons:${a}`) ?? a).localeCompare(labels.get(`visitReasons:${b}`) ?? b));
    const buckets = new Map<string, ReportRow>();
    // A zone offset costs an Intl lookup: one per distinct hour, not one per (hour, reason).
    const bucketOfHour = new Map<string, string>();
    for (const r of result) {
      let bucket = bucketOfHour.get(r.hour);
      if (bucket === undefined) bucketOfHour.set(r.hour, (bucket = bucketOf(dayOf(new Date(`${r.hour}:00:00Z`), ctx.timeZone), ctx.params.unit)));
      const row = buckets.get(bucket) ?? { period: bucket, total: 0, ...Object.fromEntries(reasons.map((k) => [`reason:${k}`, 0])) };
      row[`reason:${r.reason}`] = num(row[`reason:${r.reason}`]) + num(r.visits);
      row.total = num(row.total) + num(r.visits);
      buckets.set(bucket, row);
    }
    return {
      columns: [
        { key: "period" },
        ...reasons.map((k) => ({ key: `reason:${k}`, label: labels.get(`visitReasons:${k}`) ?? k, numeric: true, total: true })),
        { key: "total", numeric: true, total: true },
      ],
      rows: [...buckets.values()].sort((a, b) => String(a.period).localeCompare(String(b.period))),
      chart: { label: "period", value: "total" },
    };
  },
};
