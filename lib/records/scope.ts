import type { CurrentUser } from "@/lib/auth/current-user";

/**
 * Which records of a module a user may read and write: the one place every read and write of every module takes
 * its where-fragment from (list, count, detail, position, duplicates, subpanels, titles, export, bulk). Today
 * every role sees every live record; tightening the rule (own records only, per-role modules) happens here.
 */
export function recordScope(_user: Pick<CurrentUser, "id" | "role">, _module: string): Record<string, unknown> {
  return { deletedAt: null };
}

/** Records in the recycle bin, for the admins who restore them. */
export function binScope(_user: Pick<CurrentUser, "id" | "role">, _module: string): Record<string, unknown> {
  return { deletedAt: { not: null } };
}
