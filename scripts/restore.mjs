// `npm run restore -- <backup folder> [--force]`: brings back a backup written by `npm run backup`, database and
// files, then applies any migration newer than the backup. Stop the CRM first (every instance): a restore
// replaces the data under a running server. Without --force it refuses to overwrite a database that has data.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { databaseUrl, isPostgresUrl, sqlitePath } from "./lib/database-url.mjs";
import { migrate } from "./lib/migrations.mjs";
import { copyTree, hashTree, pgTool, sha256File } from "./lib/backup-files.mjs";

function parseArgs(argv) {
  return { from: argv.find((a) => !a.startsWith("--")), force: argv.includes("--force") };
}

async function checkBackup(from, manifest) {
  const dbFile = join(from, manifest.database.file);
  if ((await sha256File(dbFile)) !== manifest.database.sha256) throw new Error(`${dbFile} does not match its manifest: the backup is damaged`);
  const files = await hashTree(join(from, "files"));
  const expected = manifest.files ?? {};
  const bad = [...new Set([...Object.keys(files), ...Object.keys(expected)])].filter((name) => files[name] !== expected[name]);
  if (bad.length) throw new Error(`${bad.length} file(s) of the backup do not match its manifest, e.g. ${bad[0]}`);
  return dbFile;
}

async function hasData(url) {
  if (isPostgresUrl(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT to_regclass('public."User"') IS NOT NULL AS present`);
      return rows[0].present && Number((await client.query(`SELECT count(*) AS n FROM "User"`)).rows[0].n) > 0;
    } finally {
      await client.end();
    }
  }
  const path = sqlitePath(url);
  return existsSync(path) && statSync(path).size > 0;
}

export async function restore({ from, force = false, url = databaseUrl(), dataDir = process.env.CRM_DATA_DIR || "./data", log = () => {} }) {
  if (!from) throw new Error("name the backup folder: npm run restore -- backups/crm-20261129-101500");
  const source = resolve(from);
  const manifest = JSON.parse(readFileSync(join(source, "manifest.json"), "utf8"));
  const engine = isPostgresUrl(url) ? "postgresql" : "sqlite";
  if (manifest.engine !== engine) throw new Error(`this backup is of a ${manifest.engine} database and DATABASE_URL names ${engine}`);
  const dbFile = await checkBackup(source, manifest);
  if (!force && (await hasData(url))) throw new Error("the target database already holds data: stop the CRM and run again with --force to replace it");

  if (engine === "sqlite") {
    const path = sqlitePath(url);
    const incoming = `${path}.restoring`;
    copyFileSync(dbFile, incoming);
    // A stale write-ahead log left beside the old file would be replayed onto the restored one.
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${path}${suffix}`, { force: true });
    renameSync(incoming, path);
  } else {
    execFileSync(pgTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--dbname", url, dbFile], { stdio: ["ignore", "inherit", "inherit"] });
  }

  const filesDir = resolve(dataDir, "files");
  rmSync(filesDir, { recursive: true, force: true });
  if (existsSync(join(source, "files"))) copyTree(join(source, "files"), filesDir);
  const applied = await migrate(url, log);
  return { manifest, migrated: applied };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { manifest, migrated } = await restore({ ...parseArgs(process.argv.slice(2)), log: (line) => console.log(line) });
    console.log(`Restored the backup of ${manifest.createdAt}: ${Object.keys(manifest.files).length} file(s)${migrated.length ? `, then ${migrated.length} newer migration(s)` : ""}.`);
  } catch (error) {
    console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
