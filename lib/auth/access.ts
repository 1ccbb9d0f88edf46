import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isRole } from "@/lib/auth/permissions";
import { loadRegistry } from "@/lib/modules/registry-lazy";
import { processCache } from "@/lib/process-cache";
import { applyRows, defaultMatrix, MODULE_ACTIONS, type Matrix, type ModuleAction, type ScopeKind } from "@/lib/auth/access-matrix";

/**
 * Module-level access: the questions every record screen, report, calendar, import and export asks. The answers
 * come from the role × module × action matrix an admin edits at /admin/permissions (lib/auth/access-matrix.ts);
 * until an admin restricts it, every role keeps the access the global permissions give it.
 */
export { MODULE_ACTIONS };
export type { ModuleAction };

type AccessUser = Pick<CurrentUser, "id" | "role">;

/**
 * Other instances learn of a change within this time; this instance at once (`invalidateAccess` on save). The
 * table holds a few hundred rows at most, so re-reading it is cheap.
 */
const PROCESS_TTL_MS = 10_000;

async function readMatrix(): Promise<Matrix> {
  const [rows, { MODULES }] = await Promise.all([db.roleAccess.findMany({ select: { role: true, key: true, value: true } }), loadRegistry()]);
  return applyRows(defaultMatrix(Object.keys(MODULES)), rows);
}

const kept = processCache(readMatrix, PROCESS_TTL_MS);

/** The matrix in force, read at most once per request and shared by the process for a few seconds. */
export const accessMatrix = cache(() => kept.get());

/** Called after the matrix is saved, so this instance's next request reads it again. */
export function invalidateAccess(): void {
  kept.invalidate();
}

/** May this user perform this action on this module's records at all (record scope is asked separately)? */
export async function canModule(user: AccessUser | null | undefined, moduleKey: string, action: ModuleAction): Promise<boolean> {
  if (!user || !isRole(user.role)) return false;
  const actions = (await accessMatrix())[user.role].actions;
  return Object.hasOwn(actions, moduleKey) && actions[moduleKey][action] === true;
}

/** Which of a module's records the user reaches: every live record, or only those assigned to them. */
export async function readScopeKind(user: AccessUser, moduleKey: string): Promise<"all" | "own"> {
  if (!isRole(user.role)) return "own";
  const scope = (await accessMatrix())[user.role].scope;
  return (Object.hasOwn(scope, moduleKey) ? scope[moduleKey] : "own") as ScopeKind;
}

/**
 * The module's fields this user may not see (sensitive fields not granted to their role): they are left out of
 * lists, details, filters, sorts, exports, reports and history alike, and a save never writes them.
 */
export async function hiddenFields(user: AccessUser, moduleKey: string): Promise<ReadonlySet<string>> {
  const def = (await loadRegistry()).modelOf(moduleKey)?.def;
  if (!def) return new Set();
  const granted = isRole(user.role) ? (await accessMatrix())[user.role].fields : null;
  return new Set(def.fields.filter((f) => f.sensitive && !granted?.[f.sensitive]).map((f) => f.name));
}
