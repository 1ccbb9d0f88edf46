/** @jest-environment node */
// The SQLite adapter's kept statements: each call binds its own arguments, the least recently used statement is
// dropped past the limit, and Prisma's reads, writes and transactions behave as without the cache.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { cacheStatements } from "@/lib/sqlite-statement-cache";
import { createTestDatabase } from "@/tests/helpers/test-db";

describe("cacheStatements", () => {
  let dir: string;
  let db: Database.Database;
  let prepared: string[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "crm-stmt-"));
    db = new Database(join(dir, "t.db"));
    db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)`);
    prepared = [];
    const real = db.prepare.bind(db);
    (db as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => (prepared.push(sql), real(sql));
    cacheStatements(db, 2);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // What the adapter does: prepare(sql).bind(args) then run() or raw().all().
  const insert = (id: number, name: string) => (db.prepare("INSERT INTO t (id, name) VALUES (?, ?)") as unknown as { bind: (a: unknown[]) => { run: () => unknown } }).bind([id, name]).run();
  const select = (id: number) => (db.prepare("SELECT id, name FROM t WHERE id = ?") as unknown as { bind: (a: unknown[]) => { raw: () => { all: () => unknown[][] } } }).bind([id]).raw().all();

  it("compiles a statement once and binds each call's own arguments", () => {
    insert(1, "Aputi");
    insert(2, "Élodie");
    expect(select(1)).toEqual([[1, "Aputi"]]);
    expect(select(2)).toEqual([[2, "Élodie"]]);
    expect(prepared.filter((s) => s.startsWith("SELECT"))).toHaveLength(1);
    expect(prepared.filter((s) => s.startsWith("INSERT"))).toHaveLength(1);
  });

  it("asks SQLite for a statement's result columns once", () => {
    const memory = new Database(":memory:");
    const columns = jest.spyOn(Object.getPrototypeOf(memory.prepare("SELECT 1")), "columns");
    memory.close();
    const read = () => (db.prepare("SELECT id, name FROM t WHERE id = ?") as unknown as { bind: (a: unknown[]) => { columns: () => { name: string }[] } }).bind([1]).columns();
    expect(read().map((c) => c.name)).toEqual(["id", "name"]);
    expect(read().map((c) => c.name)).toEqual(["id", "name"]);
    expect(columns).toHaveBeenCalledTimes(1);
    columns.mockRestore();
  });

  it("drops the least recently used statement past its limit", () => {
    insert(1, "Aputi");
    select(1); // INSERT, SELECT kept
    insert(2, "Noah"); // INSERT used again: SELECT is now the oldest
    (db.prepare("SELECT count(*) FROM t") as unknown as { bind: (a: unknown[]) => { raw: () => { all: () => unknown[][] } } }).bind([]).raw().all(); // drops SELECT
    select(2);
    insert(3, "Léa");
    expect(prepared.filter((s) => s === "SELECT id, name FROM t WHERE id = ?")).toHaveLength(2);
  });
});

describe("Prisma on the cached adapter", () => {
  it("reads, writes and rolls a failed transaction back", async () => {
    const { db, cleanup } = await createTestDatabase();
    try {
      const data = { list: "bench", value: "a", labelFr: "Un", labelEn: "One", position: 0 };
      await db.picklistValue.create({ data });
      await expect(
        db.$transaction(async (tx) => {
          await tx.picklistValue.create({ data: { ...data, value: "b" } });
          throw new Error("stop");
        }),
      ).rejects.toThrow("stop");
      await db.$transaction(async (tx) => tx.picklistValue.create({ data: { ...data, value: "c", position: 1 } }));
      for (let i = 0; i < 3; i++) {
        expect((await db.picklistValue.findMany({ where: { list: "bench" }, orderBy: { position: "asc" } })).map((r) => r.value)).toEqual(["a", "c"]);
      }
    } finally {
      await cleanup();
    }
  });
});

describe("bound values", () => {
  it("takes an IN list of thousands of ids (Prisma alone assumes SQLite's old limit of 999)", async () => {
    const { db, cleanup } = await createTestDatabase();
    try {
      const ids = Array.from({ length: 2500 }, (_, i) => `id${i}`);
      await expect(db.client.count({ where: { id: { in: ids } } })).resolves.toBe(0);
    } finally {
      await cleanup();
    }
  });
});
