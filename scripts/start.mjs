// `npm start` (and `npm run dev` with --dev): migrate the database, build when the build is missing or older
// than the sources, then serve. Nothing needs configuring: SQLite under ./data by default. `--build-only` builds
// when stale and stops (CI builds beside its Jest runs, so the end-to-end step finds the build ready).
import "dotenv/config";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl } from "./lib/database-url.mjs";
import { parseEnv } from "./lib/env-schema.mjs";
import { migrate } from "./lib/migrations.mjs";
import { precompressStatic } from "./lib/static-brotli.mjs";

// Before anything is migrated or built: a wrong variable stops here, named, not at the first email.
const checked = parseEnv(process.env);
if (!checked.ok) {
  console.error(`[crm] ${checked.message}`);
  process.exit(1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const buildOnly = process.argv.includes("--build-only");
const port = process.env.PORT || "3000";
const host = process.env.HOST || "0.0.0.0";
const next = join(root, "node_modules", "next", "dist", "bin", "next");

process.env.DATABASE_URL = databaseUrl();
process.env.NEXT_TELEMETRY_DISABLED = "1";
// next-auth builds its own URLs from NEXTAUTH_URL; the public address is APP_URL when given.
if (!process.env.NEXTAUTH_URL && process.env.APP_URL) process.env.NEXTAUTH_URL = process.env.APP_URL;

if (!buildOnly) await migrate(process.env.DATABASE_URL, (line) => console.log(`[crm] ${line}`));

if (!dev) {
  const stamp = join(root, ".next", "crm-source-hash");
  const hash = sourceHash();
  const current = existsSync(join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
  if (!current) {
    console.log("[crm] Building the application (first start or sources changed)…");
    const build = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeFileSync(stamp, hash);
  }
  // Brotli copies of the build's scripts and style sheet, served by scripts/serve.mjs (a few seconds, once).
  const compressed = precompressStatic(root);
  if (compressed) console.log(`[crm] ${compressed} static files compressed with brotli`);
}
if (buildOnly) process.exit(0);

const child = dev
  ? spawn(process.execPath, [next, "dev", "-p", port, "-H", host], { cwd: root, stdio: "inherit", env: process.env })
  : spawn(process.execPath, [join(root, "scripts", "serve.mjs")], { cwd: root, stdio: "inherit", env: { ...process.env, PORT: port, HOST: host } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

/** Sizes and modification times of everything the build reads: cheap, and changes whenever a source does. */
function sourceHash() {
  const h = createHash("sha256");
  const walk = (path) => {
    if (!existsSync(path)) return;
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else {
      h.update(`${path}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  // next.config.ts bakes HSTS into the build from APP_URL's scheme.
  h.update(`https:${/^https:\/\//i.test(process.env.APP_URL ?? "")}\n`);
  for (const p of ["app", "components", "lib", "messages", "generated", "middleware.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"]) walk(join(root, p));
  return h.digest("hex");
}
