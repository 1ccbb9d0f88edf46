// File helpers shared by scripts/backup.mjs and scripts/restore.mjs.
import { createHash } from "node:crypto";
import { cpSync, createReadStream, existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

export function sha256File(path) {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash("sha256");
    createReadStream(path).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolvePromise(hash.digest("hex")));
  });
}

/** Every regular file under `root` (relative path with "/" → SHA-256), sorted; {} when `root` is absent. */
export async function hashTree(root) {
  const out = {};
  if (!existsSync(root)) return out;
  const walk = async (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out[relative(root, path).split("\\").join("/")] = await sha256File(path);
    }
  };
  await walk(root);
  return out;
}

export function copyTree(from, to) {
  cpSync(from, to, { recursive: true, preserveTimestamps: true, errorOnExist: true, force: false });
}

/** A PostgreSQL client tool: from PG_BIN, else the Debian server's folder when present, else PATH. */
export function pgTool(name) {
  const dirs = [process.env.PG_BIN, "/usr/lib/postgresql/15/bin"].filter(Boolean);
  for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return name;
}
