/** @jest-environment node */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { AUDIT_ACTIONS, auditLogPage, parseAuditFilter } from "@/lib/audit/audit-log-query";

const getDb = setupTestDatabase();
const at = (iso: string) => new Date(iso);

describe("audit log screen query", () => {
  it("filters by kind, module, person, record and days in the reader's zone, newest first, keyset-paged", async () => {
    const db = getDb();
    const [ana, bo] = [await makeUser(db, { name: "Ana Kilabuk" }), await makeUser(db, { name: "Bo Tremblay" })];
    await db.auditLog.createMany({
      data: [
        { action: "signIn", userId: ana.id, userName: ana.name, ip: "192.0.2.7", createdAt: at("2026-11-02T04:30:00Z") }, // Nov 1, 23:30 in Iqaluit
        { action: "create", module: "clients", recordId: "c1", userId: ana.id, userName: ana.name, createdAt: at("2026-11-02T14:00:00Z") },
        { action: "update", module: "clients", recordId: "c1", field: "lastName", before: "A", after: "B", userId: bo.id, userName: bo.name, createdAt: at("2026-11-03T14:00:00Z") },
        { action: "export", module: "clients", userId: bo.id, userName: bo.name, detail: JSON.stringify({ rows: 12 }), createdAt: at("2026-11-04T14:00:00Z") },
        { action: "delete", module: "partners", recordId: "p1", userId: ana.id, userName: ana.name, createdAt: at("2026-11-05T14:00:00Z") },
      ],
    });
    const zone = { timeZone: "America/Iqaluit" };
    const actions = async (params: Record<string, string>) => (await auditLogPage(db, parseAuditFilter(params), zone)).rows.map((r) => r.action);

    expect(await actions({})).toEqual(["delete", "export", "update", "create", "signIn"]);
    expect(await actions({ module: "clients" })).toEqual(["export", "update", "create"]);
    expect(await actions({ user: bo.id })).toEqual(["export", "update"]);
    expect(await actions({ record: "c1", action: "update" })).toEqual(["update"]);
    // Days are the reader's: the 04:30 UTC sign-in happened on November 1st in Iqaluit.
    expect(await actions({ from: "2026-11-01", to: "2026-11-01" })).toEqual(["signIn"]);
    expect(await actions({ from: "02/11/2026", to: "2026-11-03" })).toEqual(["update", "create"]);
    // A criterion that is not ours is dropped, never passed on.
    expect(await actions({ module: "constructor", action: "drop table", user: "x' OR 1=1" })).toHaveLength(5);

    const first = await auditLogPage(db, parseAuditFilter({}), { ...zone, pageSize: 2 });
    expect(first.rows.map((r) => r.action)).toEqual(["delete", "export"]);
    const second = await auditLogPage(db, parseAuditFilter({ cursor: first.nextCursor! }), { ...zone, pageSize: 2 });
    expect(second.rows.map((r) => r.action)).toEqual(["update", "create"]);
    const last = await auditLogPage(db, parseAuditFilter({ cursor: second.nextCursor! }), { ...zone, pageSize: 2 });
    expect(last.rows.map((r) => r.action)).toEqual(["signIn"]);
    expect(last.nextCursor).toBeNull();
  });
});

describe("the audit log screen's list of kinds", () => {
  it("names every record action and event the app writes, each with a label in both languages", () => {
    const audit = readFileSync("lib/records/audit.ts", "utf8");
    const union = (name: string) => [...new RegExp(`export type ${name} = ([^;]+);`).exec(audit)![1].matchAll(/"(\w+)"/g)].map((m) => m[1]);
    expect([...AUDIT_ACTIONS].sort()).toEqual([...union("AuditAction"), ...union("AuditEvent")].sort());
    for (const locale of ["fr", "en"]) {
      const labels = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).auditLog.actions;
      expect(Object.keys(labels).sort()).toEqual([...AUDIT_ACTIONS].sort());
    }
  });
});

describe("the audit log cannot be edited from the app", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
    });
  it("has no update or delete of audit rows anywhere in app/, components/ and lib/", () => {
    const offenders = ["app", "components", "lib"].flatMap(sources).filter((file) => /auditLog\.(update|updateMany|upsert|delete|deleteMany)\b|(UPDATE|DELETE FROM)\s+"?AuditLog/i.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
