import type { CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";

/**
 * Module-level access: the questions every record screen, report, calendar, import and export asks. The answers
 * come from the role × module × action matrix (issue « Trust »); until admins restrict it, every role keeps the
 * access the global permissions give it. Callers must not cache the answers beyond one request.
 */
export const MODULE_ACTIONS = ["read", "create", "edit", "delete", "export", "bulk", "admin"] as const;
export type ModuleAction = (typeof MODULE_ACTIONS)[number];

type AccessUser = Pick<CurrentUser, "id" | "role">;

const LEGACY: Record<ModuleAction, Permission> = {
  read: "record.read",
  create: "record.create",
  edit: "record.update",
  delete: "record.delete",
  export: "record.export",
  bulk: "record.bulk",
  admin: "settings.manage",
};

/** May this user perform this action on this module's records at all (record scope is asked separately)? */
export async function canModule(user: AccessUser | null | undefined, moduleKey: string, action: ModuleAction): Promise<boolean> {
  void moduleKey;
  return can(user, LEGACY[action]);
}

/** Which of a module's records the user reaches: every live record, or only those assigned to them. */
export async function readScopeKind(user: AccessUser, moduleKey: string): Promise<"all" | "own"> {
  void user;
  void moduleKey;
  return "all";
}

/**
 * The module's fields this user may not see (sensitive fields not granted to their role): they are left out of
 * lists, details, filters, sorts, exports, reports and history alike.
 */
export async function hiddenFields(user: AccessUser, moduleKey: string): Promise<ReadonlySet<string>> {
  void user;
  void moduleKey;
  return new Set();
}
