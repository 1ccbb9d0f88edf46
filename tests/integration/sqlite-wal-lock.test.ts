/** @jest-environment node */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createTestDatabase } from "@/tests/helpers/test-db";
import { sqlitePath } from "@/scripts/lib/database-url.mjs";

// Another process (a second app instance, a backup, a sqlite3 shell) holds the write lock for a while: the app's
// writes wait for it (busy timeout) instead of failing, readers are not blocked (WAL), and every write the app
// acknowledged is on disk afterwards. SQLite only: PostgreSQL has row locks and no such question.
const sqliteOnly = process.env.TEST_POSTGRES_URL ? describe.skip : describe;

const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.exec("BEGIN IMMEDIATE");
db.prepare("INSERT INTO \\"Setting\\" (key, value, \\"updatedAt\\") VALUES ('holder', 'committed late', 0)").run();
process.stdout.write("locked\\n");
setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("released\\n"); }, Number(process.argv[2]));
`;

sqliteOnly("SQLite under a lock held by another connection", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.cleanup());

  it("runs in WAL mode, keeps reading, and commits every later write once the lock is released", async () => {
    const { db, url } = database;
    const [{ journal_mode }] = await db.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`;
    expect(journal_mode).toBe("wal");
    const [{ synchronous }] = await db.$queryRaw<{ synchronous: bigint | number }[]>`PRAGMA synchronous`;
    expect(Number(synchronous)).toBe(1); // NORMAL: commits do not wait for the disk (lib/db-client.ts)
    await db.setting.create({ data: { key: "before", value: "1" } });

    const holder = spawn(process.execPath, ["-e", HOLDER, sqlitePath(url), "1500"], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
    const lines: string[] = [];
    holder.stdout.setEncoding("utf8").on("data", (chunk: string) => lines.push(...chunk.trim().split("\n")));
    while (!lines.includes("locked")) {
      if (holder.exitCode !== null) throw new Error(`the lock holder exited with ${holder.exitCode}`);
      await new Promise((r) => setTimeout(r, 20));
    }

    // Readers go on during the lock and see only committed data.
    expect((await db.setting.findMany({ orderBy: { key: "asc" } })).map((s) => s.key)).toEqual(["before"]);

    const started = Date.now();
    const written = await Promise.all(Array.from({ length: 20 }, (_, i) => db.setting.create({ data: { key: `after-${String(i).padStart(2, "0")}`, value: String(i) } })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // they waited for the holder instead of failing
    expect(written).toHaveLength(20);
    await once(holder, "exit");
    expect(lines).toContain("released");

    const keys = (await db.setting.findMany({ orderBy: { key: "asc" } })).map((s) => s.key);
    expect(keys).toEqual(["after-00", ...Array.from({ length: 19 }, (_, i) => `after-${String(i + 1).padStart(2, "0")}`), "before", "holder"]);
  });
});
