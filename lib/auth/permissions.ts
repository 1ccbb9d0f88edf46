// The one role → permission matrix. The guide lets every role see and edit every client, partner and contact;
// deleting is for coordination (managers) and admins; restoring, users and settings are for admins.
export const ROLES = ["admin", "manager", "staff"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "record.read",
  "record.create",
  "record.update",
  "record.delete",
  "record.restore",
  "record.export",
  // « Action Lot »: running an action on many records at once; each record still needs its own permission.
  "record.bulk",
  "users.manage",
  "settings.manage",
  "picklists.manage",
  "audit.read",
  "activityNumbers.manage",
  "privacy.manage",
  // The CSV import wizard (admins and managers).
  "import.run",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MATRIX: Record<Role, readonly Permission[]> = {
  staff: ["record.read", "record.create", "record.update", "record.export", "record.bulk"],
  manager: ["record.read", "record.create", "record.update", "record.export", "record.bulk", "record.delete", "activityNumbers.manage", "import.run"],
  admin: PERMISSIONS,
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(user: { role: string } | null | undefined, permission: Permission): boolean {
  if (!user || !isRole(user.role)) return false;
  return MATRIX[user.role].includes(permission);
}
