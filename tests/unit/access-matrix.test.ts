import { applyRows, defaultMatrix, FIELD_GROUPS, isLocked, matrixRows, MODULE_ACTIONS } from "@/lib/auth/access-matrix";
import { can, ROLES, type Permission } from "@/lib/auth/permissions";

const MODULES = ["clients", "tasks"];

describe("access matrix", () => {
  it("defaults to today's access: each role's global permissions on every module, all records, every field", () => {
    const m = defaultMatrix(MODULES);
    const legacy: Record<string, Permission> = { read: "record.read", create: "record.create", edit: "record.update", delete: "record.delete", export: "record.export", bulk: "record.bulk", admin: "settings.manage" };
    for (const role of ROLES)
      for (const key of MODULES) {
        for (const a of MODULE_ACTIONS) expect(m[role].actions[key][a]).toBe(can({ role }, legacy[a]));
        expect(m[role].scope[key]).toBe("all");
      }
    for (const role of ROLES) for (const g of FIELD_GROUPS) expect(m[role].fields[g]).toBe(true);
    expect(m.staff.actions.clients.delete).toBe(false);
    expect(m.manager.actions.clients.delete).toBe(true);
  });

  it("applies stored rows over the defaults and ignores unknown roles, modules, actions, groups and scopes", () => {
    const m = applyRows(defaultMatrix(MODULES), [
      { role: "staff", key: "clients.read", value: "0" },
      { role: "staff", key: "tasks.scope", value: "own" },
      { role: "staff", key: "tasks.delete", value: "1" },
      { role: "manager", key: "field.immigration", value: "0" },
      { role: "intruder", key: "clients.read", value: "1" },
      { role: "staff", key: "constructor.read", value: "1" },
      { role: "staff", key: "clients.fly", value: "1" },
      { role: "staff", key: "field.password", value: "1" },
      { role: "staff", key: "clients.scope", value: "everything" },
    ]);
    expect(m.staff.actions.clients.read).toBe(false);
    expect(m.staff.scope.tasks).toBe("own");
    expect(m.staff.actions.tasks.delete).toBe(true);
    expect(m.manager.fields.immigration).toBe(false);
    expect(m.staff.scope.clients).toBe("all");
    expect(Object.keys(m)).toEqual([...ROLES]);
    expect(Object.hasOwn(m.staff.actions, "constructor")).toBe(false);
    expect(Object.hasOwn(m.staff.fields, "password")).toBe(false);
  });

  it("never takes the admin role's own « admin » right away, whatever is stored", () => {
    expect(isLocked("admin", "clients.admin")).toBe(true);
    expect(isLocked("manager", "clients.admin")).toBe(false);
    const m = applyRows(defaultMatrix(MODULES), [{ role: "admin", key: "clients.admin", value: "0" }, { role: "admin", key: "clients.read", value: "0" }]);
    expect(m.admin.actions.clients.admin).toBe(true);
    expect(m.admin.actions.clients.read).toBe(false);
    m.admin.actions.tasks.admin = false;
    expect(matrixRows(m).find((r) => r.role === "admin" && r.key === "tasks.admin")?.value).toBe("1");
  });

  it("round-trips through its stored rows", () => {
    const changed = applyRows(defaultMatrix(MODULES), [{ role: "staff", key: "clients.export", value: "0" }, { role: "staff", key: "field.cv", value: "0" }]);
    expect(applyRows(defaultMatrix(MODULES), matrixRows(changed))).toEqual(changed);
    expect(matrixRows(changed)).toHaveLength(ROLES.length * (MODULES.length * (MODULE_ACTIONS.length + 1) + FIELD_GROUPS.length));
  });
});
