import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { searchParamsOf } from "@/lib/list-tools/query";
import { modelOf } from "@/lib/modules/registry";
import { cleanSpec, type BuilderSpec } from "@/lib/reports/builder/spec";

// Who may do what with a saved report: its owner runs, edits, shares and deletes it; a colleague it is shared
// with runs it (with their own scope and hidden fields: sharing a report never shares rows). Nobody else sees it.

const shareSelect = { shares: { select: { userId: true } } } as const;

export async function reportsFor(userId: string) {
  const [mine, shared] = await Promise.all([
    db.savedReport.findMany({ where: { ownerId: userId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, module: true, groupBy: true } }),
    db.savedReport.findMany({ where: { shares: { some: { userId } } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, module: true, groupBy: true, owner: { select: { name: true } } } }),
  ]);
  return { mine, shared };
}

/** A saved report the user may run, with its spec cleaned for them; null when it is not theirs nor shared. */
export async function runnableReport(id: string, user: CurrentUser) {
  const row = await db.savedReport.findFirst({ where: { id, OR: [{ ownerId: user.id }, { shares: { some: { userId: user.id } } }] }, include: { ...shareSelect, owner: { select: { name: true } } } });
  const model = row && modelOf(row.module);
  if (!row || !model) return null;
  const spec: BuilderSpec = await cleanSpec(model.def, user, { columns: parseColumns(row.columns), groupBy: row.groupBy, search: searchParamsOf(row.query) });
  return { row, spec, owned: row.ownerId === user.id, sharedWith: row.shares.map((s) => s.userId) };
}

export function parseColumns(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((c): c is string => typeof c === "string") : [];
  } catch {
    return [];
  }
}
