import "server-only";
import { isPostgres } from "@/lib/records/engine";
import { ident as raw, rows, scopeSql, sql, join, num, type Sql } from "@/lib/reports/sql";
import type { ReportContext } from "@/lib/reports/types";

/** One source of « served »: its table and what makes one of its rows count in the period (scope included). */
type Source = { table: string; where: Sql };

/**
 * The sources of « served » in the period: a call, meeting or task dated in it, a service or a program
 * participation overlapping it, or a kiosk visit in it. A staff member narrows it to their own activities and
 * services (programs and visits name no staff member); a program keeps only participations in it, a service only
 * services of that name. Each source reads its own module's scope. Rows are aliased `x`.
 */
async function servedSources(ctx: ReportContext): Promise<Source[]> {
  const { period, staff, program, service } = ctx.params;
  const { start, end, from, to } = period;
  const sources: Source[] = [];
  if (!program && !service) {
    for (const [module, table, column] of [["calls", "Call", "startAt"], ["meetings", "Meeting", "startAt"], ["tasks", "Task", "activityAt"]] as const) {
      const who = staff ? sql` AND x."assignedUserId" = ${staff}` : sql``;
      sources.push({ table, where: sql`${await scopeSql(ctx.user, module, "x")} AND x.${raw(column)} >= ${start} AND x.${raw(column)} < ${end}${who}` });
    }
  }
  if (!program) {
    const who = staff ? sql` AND x."staffUserId" = ${staff}` : sql``;
    const which = service ? sql` AND x."serviceName" = ${service}` : sql``;
    sources.push({ table: "Service", where: sql`${await scopeSql(ctx.user, "services", "x")} AND x."startSort" <> '' AND x."startSort" <= ${to} AND COALESCE(x."endDate", x."startDate") >= ${from}${who}${which}` });
  }
  if (!service && !staff) {
    const which = program ? sql` AND x."program" = ${program}` : sql``;
    sources.push({ table: "ProgramParticipation", where: sql`${await scopeSql(ctx.user, "programs", "x")} AND x."startSort" <= ${to} AND (x."endDate" IS NULL OR x."endDate" >= ${from})${which}` });
  }
  if (!service && !staff && !program) sources.push({ table: "Visit", where: sql`x."visitedAt" >= ${start} AND x."visitedAt" < ${end}` });
  return sources;
}

/**
 * Whether the period's activities outnumber the clients enough that probing each client is cheaper than
 * de-duplicating every activity. SQLite de-duplicates ids in a temporary B-tree (about 2 µs a row: 1.7 s of CPU
 * for a year of 550,000 rows over 100,000 clients), while a client's EXISTS probes are index seeks on
 * (clientId, deletedAt, date) that mostly stop at the first source. The count reads covering date indexes only
 * (milliseconds); PostgreSQL hashes the ids itself and always takes the IN form.
 */
async function probeEachClient(ctx: ReportContext): Promise<boolean> {
  if (isPostgres()) return false;
  const { start, end } = ctx.params.period;
  const [r] = await rows<{ activities: number; clients: number }>(sql`
    SELECT (SELECT COUNT(*) FROM "Call" x WHERE x."deletedAt" IS NULL AND x."startAt" >= ${start} AND x."startAt" < ${end})
         + (SELECT COUNT(*) FROM "Meeting" x WHERE x."deletedAt" IS NULL AND x."startAt" >= ${start} AND x."startAt" < ${end})
         + (SELECT COUNT(*) FROM "Task" x WHERE x."deletedAt" IS NULL AND x."activityAt" >= ${start} AND x."activityAt" < ${end}) AS activities,
           (SELECT COUNT(*) FROM "Client" c WHERE c."deletedAt" IS NULL) AS clients`);
  return num(r.activities) > 2 * num(r.clients);
}

/**
 * The condition « the client aliased `alias` was served in the period », as one of two equivalent forms (same
 * sources, same predicates, so the same figures): `id IN (ids of every source)` for ordinary periods, or one
 * EXISTS per source when the period holds many more activities than there are clients (see probeEachClient).
 * `form` forces one (the tests compare both).
 */
export async function servedClientFilter(ctx: ReportContext, alias: string, form?: "in" | "exists"): Promise<Sql> {
  const sources = await servedSources(ctx);
  const id = raw(alias);
  if ((form ?? ((await probeEachClient(ctx)) ? "exists" : "in")) === "exists") {
    return sql`(${join(sources.map((s) => sql`EXISTS (SELECT 1 FROM ${raw(s.table)} x WHERE x."clientId" = ${id}."id" AND ${s.where})`), " OR ")})`;
  }
  // IN (…) keeps each id once by itself: UNION ALL spares SQLite a second temporary B-tree.
  return sql`${id}."id" IN (${join(sources.map((s) => sql`SELECT x."clientId" AS cid FROM ${raw(s.table)} x WHERE x."clientId" IS NOT NULL AND ${s.where}`), " UNION ALL ")})`;
}
