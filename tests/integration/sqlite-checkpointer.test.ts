/** @jest-environment node */
// The server's SQLite checkpoints run in a worker thread: the log is copied into the database file without the
// writing connection doing it, and the server's connection checkpoints in its commits only if the worker is down.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { startCheckpointer } from "@/lib/sqlite-checkpointer";
import { createPrismaClient } from "@/lib/db-client";
import { migrate } from "@/scripts/lib/migrations.mjs";

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("startCheckpointer", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "crm-ckpt-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("copies the log into the database file while the writer never checkpoints", async () => {
    const path = join(dir, "t.db");
    const writer = new Database(path);
    writer.pragma("journal_mode = WAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT)");
    const insert = writer.prepare("INSERT INTO t (note) VALUES (?)");
    writer.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`Visite de Aputi Kilabuk n° ${i} `.repeat(4));
    })();
    const before = statSync(path).size;
    const checkpointer = startCheckpointer(path, 20);
    try {
      expect(await checkpointer.ready).toBe(true);
      await until(() => statSync(path).size > before + 100_000);
      expect((writer.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n).toBe(2000);
    } finally {
      await checkpointer.stop();
      writer.close();
    }
  });

  it("says it is not running when the database cannot be opened", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const checkpointer = startCheckpointer(join(dir, "missing.db"), 20);
    expect(await checkpointer.ready).toBe(false);
    await checkpointer.stop();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("checkpoint worker stopped"), expect.anything());
    logged.mockRestore();
  });
});

describe("the server's client", () => {
  it("leaves checkpoints to the worker; other clients keep SQLite's own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crm-ckpt-"));
    const url = `file:${join(dir, "crm.db")}`;
    await migrate(url);
    const server = createPrismaClient(url, { backgroundCheckpoints: true });
    const script = createPrismaClient(url);
    try {
      const pages = async (db: typeof server) => Number(((await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint")) as { wal_autocheckpoint: bigint | number }[])[0].wal_autocheckpoint);
      expect(await pages(server)).toBe(0);
      expect(await pages(script)).toBe(1000);
    } finally {
      const terminate = jest.spyOn(Worker.prototype, "terminate");
      await server.$disconnect();
      await script.$disconnect();
      // The worker stops with its client: nothing is left checkpointing a database that may be gone next.
      expect(terminate).toHaveBeenCalledTimes(1);
      terminate.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
