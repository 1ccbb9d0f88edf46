// Writes a new migration for both engines from the schema, without the Prisma CLI's native engine
// (development only; scripts/migrate.mjs applies the committed files at start-up):
//
//   node scripts/create-migration.mjs <name>            (npm run db:migration:create -- <name>)
//
// - SQLite: diff from prisma/migrations (replayed on a temporary shadow database) to prisma/schema.prisma.
// - PostgreSQL: diff from prisma/postgresql/migrations to prisma/postgresql/schema.prisma (derived from the
//   SQLite schema by scripts/prisma-generate.mjs, re-run here when it is out of date). The shadow database
//   lives on the server of MIGRATION_PG_URL (e.g. postgresql://postgres@127.0.0.1:55432/postgres; the user
//   must be allowed to CREATE DATABASE); without it, a throwaway PostgreSQL 15 is started and stopped
//   (binaries in /usr/lib/postgresql/15/bin, or PG_BIN).
// Each non-empty diff is written to <migrations>/<YYYYMMDDHHMMSS>_<name>/migration.sql (same folder name for
// both engines) with migration_lock.toml; an empty diff prints "no changes". Nothing is written unless both
// diffs succeed.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  loadSchemaEngine,
  migrationLockContent,
  openSchemaEngine,
  postgresAdapterFactory,
  readMigrationsList,
  sqliteAdapterFactory,
} from "./lib/schema-engine.mjs";
import { startTempPostgres } from "./lib/temp-postgres.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const rel = (p) => relative(root, p) || ".";

const ENGINES = {
  sqlite: {
    label: "SQLite",
    schemaPath: join(root, "prisma", "schema.prisma"),
    migrationsDir: join(root, "prisma", "migrations"),
    lockProvider: "sqlite",
  },
  postgresql: {
    label: "PostgreSQL",
    schemaPath: join(root, "prisma", "postgresql", "schema.prisma"),
    migrationsDir: join(root, "prisma", "postgresql", "migrations"),
    lockProvider: "postgresql",
  },
};

function usage(code) {
  (code ? console.error : console.log)("Usage: node scripts/create-migration.mjs <name>\n  e.g. node scripts/create-migration.mjs add_client_notes");
  process.exit(code);
}

// Same normalisation as `prisma migrate dev --name` (slugify with "_", at most 200 characters).
function migrationSlug(name) {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z\d]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .substring(0, 200);
}

function timestamp(date = new Date()) {
  return date.toISOString().replace(/\D/g, "").slice(0, 14); // UTC, like the Prisma CLI
}

// The models part of a schema: everything but comment lines and the generator/datasource blocks.
function modelsOf(schema) {
  return schema
    .replace(/^\s*(generator|datasource)\s+\w+\s*\{[^}]*\}/gm, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

function ensureDerivedPostgresSchema() {
  const { schemaPath: source } = ENGINES.sqlite;
  const { schemaPath: derived } = ENGINES.postgresql;
  const fresh = () => existsSync(derived) && modelsOf(readFileSync(derived, "utf8")) === modelsOf(readFileSync(source, "utf8"));
  if (fresh()) return;
  console.log(`${rel(derived)} is missing or out of date: running scripts/prisma-generate.mjs`);
  try {
    execFileSync(process.execPath, [join(root, "scripts", "prisma-generate.mjs")], { cwd: root, stdio: "inherit" });
  } catch {
    throw new Error("scripts/prisma-generate.mjs failed (see its output above)");
  }
  if (!fresh()) throw new Error(`${rel(derived)} still differs from ${rel(source)} after scripts/prisma-generate.mjs`);
  if (!/provider\s*=\s*"postgresql"/.test(readFileSync(derived, "utf8"))) throw new Error(`${rel(derived)} is not a PostgreSQL schema`);
}

/** SQL of the migration from the engine's migrations folder to its schema, or null when there is no change. */
async function computeMigration(engineKey, factory) {
  const { schemaPath, migrationsDir, lockProvider } = ENGINES[engineKey];
  const schema = readFileSync(schemaPath, "utf8");
  const migrations = readMigrationsList(migrationsDir);
  // The engine reads the provider from the lock file, which does not exist before the first migration.
  migrations.lockfile.content ??= migrationLockContent(lockProvider);
  const engine = await openSchemaEngine({ schemaPath, schema, factory });
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
    });
    // exitCode 2 = non-empty diff (0 = empty; the script then only says "-- This is an empty migration.")
    if (result.exitCode !== 2) return null;
    const sql = result.stdout ?? "";
    return sql.endsWith("\n") ? sql : `${sql}\n`;
  } finally {
    await engine.close();
  }
}

async function sqliteMigration() {
  const tempDir = mkdtempSync(join(tmpdir(), "crm-migration-sqlite-"));
  try {
    return await computeMigration("sqlite", await sqliteAdapterFactory(tempDir));
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

async function postgresMigration(cleanups) {
  let url = process.env.MIGRATION_PG_URL;
  if (url) {
    console.log(`PostgreSQL shadow database on ${url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@")}`);
  } else {
    const server = await startTempPostgres();
    cleanups.push(server.stop);
    url = server.url;
    console.log(`Started a temporary PostgreSQL server (${url})`);
  }
  return computeMigration("postgresql", await postgresAdapterFactory(url));
}

function folderNames(dir) {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("-h") || args.includes("--help")) usage(0);
  if (args.length !== 1) usage(1);
  const slug = migrationSlug(args[0]);
  if (!slug) throw new Error(`"${args[0]}" gives an empty migration name: use letters or digits`);

  ensureDerivedPostgresSchema();

  const sqliteNames = folderNames(ENGINES.sqlite.migrationsDir);
  const pgNames = folderNames(ENGINES.postgresql.migrationsDir);
  const onlyOne = [...sqliteNames.filter((n) => !pgNames.includes(n)), ...pgNames.filter((n) => !sqliteNames.includes(n))];
  if (onlyOne.length > 0) console.warn(`warning: migration folders present for one engine only: ${onlyOne.join(", ")}`);

  const { version } = await loadSchemaEngine();
  console.log(`Prisma schema engine (WebAssembly) ${version}`);

  const cleanups = [];
  const cleanUp = () => {
    for (const fn of cleanups.splice(0).reverse()) fn();
  };
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }

  let results;
  try {
    results = { sqlite: await sqliteMigration(), postgresql: await postgresMigration(cleanups) };
  } finally {
    cleanUp();
  }

  const folder = `${timestamp()}_${slug}`;
  for (const key of Object.keys(ENGINES)) {
    if (results[key] && existsSync(join(ENGINES[key].migrationsDir, folder))) {
      throw new Error(`${rel(join(ENGINES[key].migrationsDir, folder))} already exists`);
    }
  }
  for (const [key, { label, migrationsDir, lockProvider }] of Object.entries(ENGINES)) {
    const sql = results[key];
    if (!sql) {
      console.log(`${label}: no changes`);
      continue;
    }
    const dir = join(migrationsDir, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), sql);
    writeFileSync(join(migrationsDir, "migration_lock.toml"), migrationLockContent(lockProvider));
    console.log(`${label}: wrote ${rel(join(dir, "migration.sql"))} and ${rel(join(migrationsDir, "migration_lock.toml"))}`);
  }
}

main().then(
  () => process.exit(0), // the pg pool would keep Node alive for seconds
  (error) => {
    console.error(`create-migration: ${error?.stack && process.env.DEBUG_SCHEMA_ENGINE ? error.stack : (error?.message ?? error)}`);
    process.exit(1);
  },
);
