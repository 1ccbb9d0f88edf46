// `npm run backup [-- --out <folder>]`: a consistent copy of the database and the uploaded files, safe to run
// while the CRM serves requests.
// - SQLite: `VACUUM INTO` writes a compacted copy from one read transaction (a snapshot, WAL included).
// - PostgreSQL: `pg_dump --format=custom` (a snapshot too); PG_BIN or PATH must give a pg_dump as new as the server.
// - Files: `<CRM_DATA_DIR>/files` is copied after the database. Stored files are written before the row naming
//   them commits and never rewritten, so every file the database snapshot names is in the copy.
// A manifest.json lists the engine, the applied migrations and each file's SHA-256; `npm run restore` checks it.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { databaseUrl, isPostgresUrl, sqlitePath } from "./lib/database-url.mjs";
import { copyTree, hashTree, pgTool, sha256File } from "./lib/backup-files.mjs";

function parseArgs(argv) {
  const i = argv.indexOf("--out");
  return { out: i >= 0 ? argv[i + 1] : undefined };
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");

export async function backup({ url = databaseUrl(), dataDir = process.env.CRM_DATA_DIR || "./data", out } = {}) {
  const target = resolve(out ?? join("backups", `crm-${stamp()}`));
  if (existsSync(target)) throw new Error(`${target} already exists: choose another --out folder`);
  mkdirSync(target, { recursive: true });
  const manifest = { format: 1, createdAt: new Date().toISOString(), engine: isPostgresUrl(url) ? "postgresql" : "sqlite", migrations: [], database: {}, files: {} };

  if (manifest.engine === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      manifest.migrations = db.prepare(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`).all().map((r) => r.name);
      db.prepare("VACUUM INTO ?").run(join(target, "database.sqlite"));
    } finally {
      db.close();
    }
    manifest.database = { file: "database.sqlite", sha256: await sha256File(join(target, "database.sqlite")) };
  } else {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      manifest.migrations = (await client.query(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map((r) => r.name);
    } finally {
      await client.end();
    }
    execFileSync(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", join(target, "database.pgdump"), "--dbname", url], { stdio: ["ignore", "inherit", "inherit"] });
    manifest.database = { file: "database.pgdump", sha256: await sha256File(join(target, "database.pgdump")) };
  }

  const filesDir = resolve(dataDir, "files");
  if (existsSync(filesDir)) copyTree(filesDir, join(target, "files"));
  manifest.files = await hashTree(join(target, "files"));
  writeFileSync(join(target, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { target, manifest };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { target, manifest } = await backup(parseArgs(process.argv.slice(2)));
    console.log(`Backup written to ${target}: ${manifest.engine} database (${manifest.migrations.length} migrations), ${Object.keys(manifest.files).length} file(s).`);
    if (process.env.S3_BUCKET) console.log(`Uploaded files are in the S3 bucket ${process.env.S3_BUCKET}: back it up with its own versioning or replication (this copy holds the database only).`);
  } catch (error) {
    console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
