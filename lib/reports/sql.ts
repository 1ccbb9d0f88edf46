import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readScopeKind } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { ReportUser } from "@/lib/reports/types";

// Reports aggregate in the database with tagged templates that both engines read the same way: quoted
// identifiers, `?`-free parameters, COUNT/SUM/CASE only. Counts come back as bigint on both: turned into numbers.

export const sql = Prisma.sql;
export const empty = Prisma.empty;
export const join = Prisma.join;
/** A quoted identifier from the code (never from input). */
export const ident = (name: string) => Prisma.raw(`"${name}"`);
export type Sql = Prisma.Sql;

export async function rows<T extends Record<string, unknown>>(query: Sql): Promise<T[]> {
  const result = await db.$queryRaw<Record<string, unknown>[]>(query);
  return result.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])) as T);
}

/** The column that names a record's owner per module, for users whose scope is « own records only ». */
const OWNER: Record<string, string> = {
  clients: "assignedUserId",
  partners: "assignedUserId",
  contacts: "assignedUserId",
  calls: "assignedUserId",
  meetings: "assignedUserId",
  tasks: "assignedUserId",
  services: "staffUserId",
  sae: "counsellorId",
  programs: "createdById",
};

/**
 * The raw-SQL twin of recordScope(): live rows, and only the user's own when their role reads « own » records.
 * `alias` is the table alias of the module's rows in the query.
 */
export async function scopeSql(user: ReportUser, module: string, alias: string): Promise<Sql> {
  const live = Prisma.raw(`"${alias}"."deletedAt" IS NULL`);
  if ((await readScopeKind(user, module)) === "all") return live;
  const owner = Prisma.raw(`"${alias}"."${OWNER[module] ?? "createdById"}"`);
  // As recordScope(): a meeting is also « mine » when I am invited (invitees is a JSON array of user ids).
  if (module === "meetings") return sql`${live} AND (${owner} = ${user.id} OR ${Prisma.raw(`"${alias}"."invitees"`)} LIKE ${`%${JSON.stringify(user.id)}%`})`;
  return sql`${live} AND ${owner} = ${user.id}`;
}

export const num = (v: unknown) => (typeof v === "number" ? v : Number(v ?? 0));
