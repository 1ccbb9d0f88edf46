// The role × module × action matrix as plain data: its defaults (today's access, from the global permissions),
// the stored overrides applied on top, and the rules no admin can change. No database or React here, so unit
// tests and the admin grid share it.
import { can, ROLES, type Permission, type Role } from "@/lib/auth/permissions";

export const MODULE_ACTIONS = ["read", "create", "edit", "delete", "export", "bulk", "admin"] as const;
export type ModuleAction = (typeof MODULE_ACTIONS)[number];

/** Sensitive field groups a role may be granted (fields carry `sensitive: "<group>"` in their module definition). */
export const FIELD_GROUPS = ["immigration", "birthDate", "cv", "notes"] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export const SCOPES = ["all", "own"] as const;
export type ScopeKind = (typeof SCOPES)[number];

export type RoleMatrix = {
  actions: Record<string, Record<ModuleAction, boolean>>;
  scope: Record<string, ScopeKind>;
  fields: Record<FieldGroup, boolean>;
};
export type Matrix = Record<Role, RoleMatrix>;

const LEGACY: Record<ModuleAction, Permission> = {
  read: "record.read",
  create: "record.create",
  edit: "record.update",
  delete: "record.delete",
  export: "record.export",
  bulk: "record.bulk",
  admin: "settings.manage",
};

/** Out of the box every role keeps the access the global permissions give it, on every module, every field. */
export function defaultMatrix(modules: readonly string[]): Matrix {
  const one = (role: Role): RoleMatrix => ({
    actions: Object.fromEntries(modules.map((m) => [m, Object.fromEntries(MODULE_ACTIONS.map((a) => [a, can({ role }, LEGACY[a])])) as Record<ModuleAction, boolean>])),
    scope: Object.fromEntries(modules.map((m) => [m, "all" as ScopeKind])),
    fields: Object.fromEntries(FIELD_GROUPS.map((g) => [g, true])) as Record<FieldGroup, boolean>,
  });
  return Object.fromEntries(ROLES.map((r) => [r, one(r)])) as Matrix;
}

/** Admins always keep every module's « admin » right, so that nobody can lock the organisation out of this grid. */
export function isLocked(role: Role, key: string): boolean {
  return role === "admin" && key.endsWith(".admin");
}

export type StoredRow = { role: string; key: string; value: string };

/** Stored rows over the defaults; rows naming an unknown role, module, action or group are ignored. */
export function applyRows(base: Matrix, rows: readonly StoredRow[]): Matrix {
  const out = JSON.parse(JSON.stringify(base)) as Matrix;
  for (const { role, key, value } of rows) {
    if (!Object.hasOwn(out, role)) continue;
    const m = out[role as Role];
    const [head, tail] = key.split(".", 2);
    if (head === "field") {
      if ((FIELD_GROUPS as readonly string[]).includes(tail)) m.fields[tail as FieldGroup] = value === "1";
    } else if (Object.hasOwn(m.actions, head)) {
      if (tail === "scope") {
        if ((SCOPES as readonly string[]).includes(value)) m.scope[head] = value as ScopeKind;
      } else if ((MODULE_ACTIONS as readonly string[]).includes(tail) && !isLocked(role as Role, key)) {
        m.actions[head][tail as ModuleAction] = value === "1";
      }
    }
  }
  return out;
}

/** Every key of a matrix as the rows that store it (the admin grid saves them all at once). */
export function matrixRows(matrix: Matrix): StoredRow[] {
  const rows: StoredRow[] = [];
  for (const role of ROLES) {
    const m = matrix[role];
    for (const [module, actions] of Object.entries(m.actions)) {
      for (const a of MODULE_ACTIONS) rows.push({ role, key: `${module}.${a}`, value: actions[a] || isLocked(role, `${module}.${a}`) ? "1" : "0" });
      rows.push({ role, key: `${module}.scope`, value: m.scope[module] });
    }
    for (const g of FIELD_GROUPS) rows.push({ role, key: `field.${g}`, value: m.fields[g] ? "1" : "0" });
  }
  return rows;
}
