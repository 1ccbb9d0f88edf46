// Applies the committed migration.sql files in order, recording them in `_prisma_migrations` as the Prisma CLI
// would. Applying needs no schema engine, so it works offline; a lock lets several instances start at once.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isPostgresUrl, sqlitePath } from "./database-url.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const LOCK_ID = 4_817_220; // arbitrary constant shared by every instance for pg_advisory_lock

const TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TEXT,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TEXT,
  "started_at" TEXT NOT NULL, "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

export function migrationsDir(url) {
  return join(root, "prisma", ...(isPostgresUrl(url) ? ["postgresql"] : []), "migrations");
}

function pending(dir, applied, upTo) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")) && !applied.has(d.name) && (!upTo || d.name <= upTo))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function migrateSqlite(url, log, upTo) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(sqlitePath(url));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 10000");
    // Prisma rebuilds a SQLite table to change it (create new, copy, DROP old). With foreign keys on, that DROP
    // would run the ON DELETE actions of every child row, and PRAGMA foreign_keys cannot change inside the
    // transaction the script runs in: turn them off first, and check the links ourselves before committing.
    db.pragma("foreign_keys = OFF");
    db.exec(TABLE_SQL);
    // BEGIN IMMEDIATE takes the write lock: a second process waits, then finds nothing left to apply.
    db.exec("BEGIN IMMEDIATE");
    try {
      const applied = new Set(db.prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`).all().map((r) => r.migration_name));
      const todo = pending(migrationsDir(url), applied, upTo);
      for (const m of todo) {
        const started = new Date().toISOString();
        db.exec(m.sql);
        const broken = db.pragma("foreign_key_check");
        if (broken.length > 0) throw new Error(`migration ${m.name} leaves ${broken.length} broken foreign key(s), e.g. ${JSON.stringify(broken[0])}`);
        db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`)
          .run(randomUUID(), m.checksum, new Date().toISOString(), m.name, started);
        log(`applied migration ${m.name}`);
      }
      db.exec("COMMIT");
      db.pragma("optimize=0x10002"); // planner statistics (SQLite has none until analysed); milliseconds when fresh
      return todo.map((m) => m.name);
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  } finally {
    db.close();
  }
}

async function migratePostgres(url, log, upTo) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    await client.query(TABLE_SQL);
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    const todo = pending(migrationsDir(url), new Set(rows.map((r) => r.migration_name)), upTo);
    for (const m of todo) {
      const started = new Date().toISOString();
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, $5, 1)`,
          [randomUUID(), m.checksum, new Date().toISOString(), m.name, started],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      log(`applied migration ${m.name}`);
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => {});
    await client.end();
  }
}

/**
 * Brings the database at `url` up to date (or up to the migration named `upTo`, for tests of a migration);
 * returns the names of the migrations it applied.
 */
export function migrate(url, log = () => {}, upTo = undefined) {
  return isPostgresUrl(url) ? migratePostgres(url, log, upTo) : migrateSqlite(url, log, upTo);
}
