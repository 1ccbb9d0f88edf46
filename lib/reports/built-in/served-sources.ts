import "server-only";
import { ident as raw, scopeSql, sql, join, type Sql } from "@/lib/reports/sql";
import type { ReportContext } from "@/lib/reports/types";

/**
 * The clients served in the period, as a subquery of client ids: a call, meeting or task dated in it, a service
 * or a program participation overlapping it, or a kiosk visit in it. A staff member narrows it to their own
 * activities and services (programs and visits name no staff member); a program keeps only participations in
 * it, a service only services of that name. Each source reads its own module's scope.
 */
export async function servedClientIds(ctx: ReportContext): Promise<Sql> {
  const { period, staff, program, service } = ctx.params;
  const { start, end, from, to } = period;
  const parts: Sql[] = [];
  if (!program && !service) {
    for (const [module, table, column] of [["calls", "Call", "startAt"], ["meetings", "Meeting", "startAt"], ["tasks", "Task", "activityAt"]] as const) {
      const scope = await scopeSql(ctx.user, module, "x");
      const who = staff ? sql` AND x."assignedUserId" = ${staff}` : sql``;
      parts.push(sql`SELECT x."clientId" AS cid FROM ${raw(table)} x WHERE ${scope} AND x."clientId" IS NOT NULL AND x.${raw(column)} >= ${start} AND x.${raw(column)} < ${end}${who}`);
    }
  }
  if (!program) {
    const scope = await scopeSql(ctx.user, "services", "x");
    const who = staff ? sql` AND x."staffUserId" = ${staff}` : sql``;
    const which = service ? sql` AND x."serviceName" = ${service}` : sql``;
    parts.push(sql`SELECT x."clientId" AS cid FROM "Service" x WHERE ${scope} AND x."clientId" IS NOT NULL AND x."startSort" <> '' AND x."startSort" <= ${to} AND COALESCE(x."endDate", x."startDate") >= ${from}${who}${which}`);
  }
  if (!service && !staff) {
    const scope = await scopeSql(ctx.user, "programs", "x");
    const which = program ? sql` AND x."program" = ${program}` : sql``;
    parts.push(sql`SELECT x."clientId" AS cid FROM "ProgramParticipation" x WHERE ${scope} AND x."clientId" IS NOT NULL AND x."startSort" <= ${to} AND (x."endDate" IS NULL OR x."endDate" >= ${from})${which}`);
  }
  if (!service && !staff && !program) {
    parts.push(sql`SELECT x."clientId" AS cid FROM "Visit" x WHERE x."visitedAt" >= ${start} AND x."visitedAt" < ${end}`);
  }
  // IN (…) keeps each id once by itself: UNION ALL spares SQLite a second temporary B-tree.
  return join(parts, " UNION ALL ");
}
