import { can, PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/auth/permissions";

// The whole matrix, spelled out: a change to who may do what must change this table too.
const expected: Record<Role, Permission[]> = {
  staff: ["record.read", "record.create", "record.update", "record.export", "record.bulk"],
  manager: ["record.read", "record.create", "record.update", "record.export", "record.bulk", "record.delete", "activityNumbers.manage", "import.run"],
  admin: [...PERMISSIONS],
};

describe("can(user, permission)", () => {
  it.each(ROLES.flatMap((role) => PERMISSIONS.map((p) => [role, p] as const)))("%s / %s", (role, permission) => {
    expect(can({ role }, permission)).toBe(expected[role].includes(permission));
  });

  it("refuses unknown roles and missing users", () => {
    expect(can({ role: "superuser" }, "record.read")).toBe(false);
    expect(can(null, "record.read")).toBe(false);
    expect(can(undefined, "record.read")).toBe(false);
  });
});
