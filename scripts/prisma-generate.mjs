// Generates the SQLite client from the hand-written schema and the PostgreSQL client from a derived copy.
// The Prisma CLI would download a native schema engine that offline machines cannot reach; `generate` never
// runs it, so pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable skips the download.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stub = join(root, "scripts", "schema-engine-stub.sh");
if (!existsSync(stub)) writeFileSync(stub, "#!/bin/sh\necho 'schema engine not available offline' >&2\nexit 1\n");
chmodSync(stub, 0o755);

const source = readFileSync(join(root, "prisma", "schema.prisma"), "utf8");
const pg = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output   = "../generated/prisma"', 'output   = "../../generated/prisma-pg"')
  .replace(/^\/\/ The one hand-written.*\n.*\n/m, "// GENERATED from prisma/schema.prisma by scripts/prisma-generate.mjs — do not edit.\n");
mkdirSync(join(root, "prisma", "postgresql"), { recursive: true });
writeFileSync(join(root, "prisma", "postgresql", "schema.prisma"), pg);

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1", DATABASE_URL: process.env.DATABASE_URL || "file:./data/crm.db" };
const cli = join(root, "node_modules", "prisma", "build", "index.js");
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  execFileSync(process.execPath, [cli, "generate", "--schema", schema], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}
console.log("Prisma clients generated (SQLite and PostgreSQL).");
