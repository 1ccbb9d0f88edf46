// Drives Prisma's WebAssembly schema engine (the one bundled with the installed CLI) through the driver
// adapters, so that migrations can be *written* without the native engine the CLI would download.
// Used by scripts/create-migration.mjs only (development). Applying migrations needs no engine
// (scripts/migrate.mjs).
//
// Snags handled here:
// - the engine is built for bundlers: we instantiate the .wasm ourselves with the glue as import object;
// - SQLite shadow database: the engine replays whole migration scripts through executeRaw, which better-sqlite3
//   refuses ("more than one statement"): such SQL is routed to executeScript / exec;
// - PostgreSQL shadow database: host/port/user/database passed as separate fields (a connectionString would
//   override the shadow database name), the shadow pool closed before DROP DATABASE … WITH (FORCE), and the
//   catalog type "char" (OID 18) mapped to text (25) in results;
// - adapter errors surface as "External error id#N": the real error is looked up in the adapter's registry.
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(root, "package.json"));

const NO_FILTERS = Object.freeze({ externalTables: [], externalEnums: [] });

// ── The engine ───────────────────────────────────────────────────────────────────────────────────────────

let loaded = null;

/** Instantiates node_modules/prisma/build/schema_engine_bg.wasm once and returns its `SchemaEngine` class. */
export function loadSchemaEngine() {
  loaded ??= (async () => {
    const prismaDir = dirname(require.resolve("prisma/package.json"));
    const wasmPath = join(prismaDir, "build", "schema_engine_bg.wasm");
    if (!existsSync(wasmPath)) throw new Error(`Prisma's schema engine is missing: ${wasmPath} (run npm install)`);
    // Glue shipped next to the engine if a future CLI ships it, else the vendored copy.
    const gluePath = [join(prismaDir, "build", "schema_engine_bg.js"), join(root, "scripts", "lib", "schema-engine-wasm-glue.mjs")].find(
      (p) => existsSync(p),
    );
    const glue = await import(pathToFileURL(gluePath).href);
    const wasmModule = await WebAssembly.compile(readFileSync(wasmPath));
    const missing = WebAssembly.Module.imports(wasmModule)
      .filter((i) => typeof glue[i.name] !== "function")
      .map((i) => i.name);
    if (missing.length > 0) {
      throw new Error(
        `The schema engine in ${wasmPath} does not match the JavaScript glue ${gluePath} ` +
          `(missing: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}). ` +
          `Update the glue from the @prisma/schema-engine-wasm build of the same engine version.`,
      );
    }
    // The glue reports Rust panics here (the CLI installs the same registry).
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: "",
      get() {
        return this.message;
      },
      set_message(message) {
        this.message = `RuntimeError: ${message}`;
      },
    };
    const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return { SchemaEngine: glue.SchemaEngine, version: glue.version(), wasmPath };
  })();
  return loaded;
}

/**
 * Opens an engine on one schema with a migration-aware adapter factory (see sqliteAdapterFactory and
 * postgresAdapterFactory). Call close() when done.
 */
export async function openSchemaEngine({ schemaPath, schema, factory }) {
  const { SchemaEngine } = await loadSchemaEngine();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const logs = [];
  const onLog = (line) => {
    logs.push(line);
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(`[schema-engine] ${line}`);
  };
  const call = async (what, fn) => {
    try {
      return await fn();
    } catch (error) {
      throw explainEngineError(what, error, bound.errorRegistry);
    }
  };
  const engine = await call("SchemaEngine.new", () => SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, onLog, bound));
  let closed = false;
  return {
    logs,
    /** `prisma migrate diff`: returns `{ exitCode, stdout }`. */
    diff: (params) => call("diff", () => engine.diff({ filters: NO_FILTERS, ...params })),
    async close() {
      if (closed) return;
      closed = true;
      try {
        engine.free();
      } catch {
        // already freed
      }
      await factory.close?.();
    },
  };
}

function explainEngineError(what, error, registry) {
  const message = typeof error === "string" ? error : (error?.message ?? JSON.stringify(error));
  const causes = [];
  for (const match of message.matchAll(/External error id#(\d+)/g)) {
    const entry = registry.consumeError(Number(match[1]));
    const cause = entry?.error;
    if (!cause) continue;
    const detail = cause.cause && typeof cause.cause === "object" ? JSON.stringify(cause.cause) : "";
    causes.push(`${cause.name ?? "Error"}: ${cause.message ?? String(cause)}${detail ? ` ${detail}` : ""}`);
  }
  const text = `Schema engine ${what} failed: ${message}${causes.map((c) => `\n  caused by ${c}`).join("")}`;
  const wrapped = new Error(text);
  wrapped.cause = error;
  return wrapped;
}

// ── Migration folders ────────────────────────────────────────────────────────────────────────────────────

/** The engine's `MigrationList` for a folder, read the way the Prisma CLI reads it. */
export function readMigrationsList(baseDir, shadowDbInitScript = "") {
  const lockPath = join(baseDir, "migration_lock.toml");
  const lockfile = { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null };
  const migrationDirectories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort((a, b) => a.localeCompare(b))
        .map((name) => {
          let content;
          try {
            content = { tag: "ok", value: readFileSync(join(baseDir, name, "migration.sql"), "utf8") };
          } catch (error) {
            content = { tag: "error", value: error.message };
          }
          return { path: name, migrationFile: { path: "migration.sql", content } };
        })
    : [];
  return { baseDir, lockfile, migrationDirectories, shadowDbInitScript };
}

/** Text of migration_lock.toml exactly as the Prisma CLI writes it. */
export function migrationLockContent(provider) {
  return `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
}

// ── SQLite ───────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Adapter factory for SQLite: the main database and every shadow database are files in `tempDir`
 * (a fresh file for each shadow connection).
 */
export async function sqliteAdapterFactory(tempDir) {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const adapters = [];
  let shadows = 0;
  const open = async (file) => {
    const adapter = patchSqliteAdapter(await new PrismaBetterSqlite3({ url: `file:${join(tempDir, file)}` }).connect());
    adapters.push(adapter);
    return adapter;
  };
  return {
    provider: "sqlite",
    adapterName: "@prisma/adapter-better-sqlite3",
    connect: () => open("main.db"),
    connectToShadowDb: () => open(`shadow-${++shadows}.db`),
    async close() {
      for (const adapter of adapters.splice(0)) await adapter.dispose().catch(() => {});
    },
  };
}

function severalStatements(db, sql) {
  try {
    db.prepare(sql);
    return false;
  } catch (error) {
    return error instanceof RangeError && /more than one statement/i.test(error.message);
  }
}

// better-sqlite3 prepares one statement at a time; whole scripts must go through exec().
function patchSqliteAdapter(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if ((query.args?.length ?? 0) === 0 && severalStatements(adapter.client, query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = await startTransaction(...args);
    const txExecuteRaw = tx.executeRaw.bind(tx);
    tx.executeRaw = async (query) => {
      if ((query.args?.length ?? 0) === 0 && severalStatements(tx.client, query.sql)) {
        try {
          tx.client.exec(query.sql);
        } catch (error) {
          tx.onError(error);
        }
        return 0;
      }
      return txExecuteRaw(query);
    };
    return tx;
  };
  return adapter;
}

// ── PostgreSQL ───────────────────────────────────────────────────────────────────────────────────────────

/** pg connection fields from a postgresql:// URL (separate fields, never a connectionString: see above). */
export function pgConfigFromUrl(url) {
  const u = new URL(url);
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error(`Not a PostgreSQL URL: ${u.protocol}//…`);
  const params = u.searchParams;
  const config = {
    host: params.get("host") ?? (decodeURIComponent(u.hostname).replace(/^\[(.*)\]$/, "$1") || "localhost"),
    port: Number(params.get("port") ?? u.port) || 5432,
    user: decodeURIComponent(u.username) || params.get("user") || "postgres",
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
  if (u.password) config.password = decodeURIComponent(u.password);
  const sslmode = params.get("sslmode");
  if (sslmode && sslmode !== "disable" && sslmode !== "prefer" && sslmode !== "allow") {
    config.ssl = { rejectUnauthorized: sslmode === "verify-ca" || sslmode === "verify-full" };
  }
  return config;
}

/**
 * Adapter factory for PostgreSQL: the main connection goes to `url`; each shadow database is created on the
 * same server, and dropped (WITH (FORCE), after its pool is closed) when the engine disposes of it or at close().
 */
export async function postgresAdapterFactory(url) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { default: pg } = await import("pg");
  const config = pgConfigFromUrl(url);
  const adapters = [];
  const shadowDatabases = new Set();

  const admin = async (sql) => {
    const client = new pg.Client(config);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const drop = async (database) => {
    if (!shadowDatabases.delete(database)) return;
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  };
  const open = async (database) => {
    const adapter = patchPgAdapter(await new PrismaPg({ ...config, database }).connect());
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      await dispose(); // ends the pool first, so that the DROP below finds nobody connected
      if (database !== config.database) await drop(database);
    };
    adapters.push(adapter);
    return adapter;
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => open(config.database),
    async connectToShadowDb() {
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin(`CREATE DATABASE "${database}"`);
      shadowDatabases.add(database);
      return open(database);
    },
    async close() {
      const errors = [];
      for (const adapter of adapters.splice(0)) await adapter.dispose().catch((e) => errors.push(e));
      for (const database of [...shadowDatabases]) await drop(database).catch((e) => errors.push(e));
      if (errors.length > 0) console.warn(`warning: PostgreSQL clean-up: ${errors.map((e) => e.message).join("; ")}`);
    },
  };
}

// adapter-pg has no column type for the catalog type "char" (OID 18), which introspection reads.
function mapCharToText(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  return queryable;
}

function patchPgAdapter(adapter) {
  mapCharToText(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => mapCharToText(await startTransaction(...args));
  return adapter;
}
