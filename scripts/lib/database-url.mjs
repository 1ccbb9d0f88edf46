// The one place that turns DATABASE_URL into an engine choice, shared by the start script, the migration
// runner and the app (lib/db.ts imports it too).
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/crm.db";

export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Absolute path of a `file:` SQLite URL, its folder created. */
export function sqlitePath(url) {
  const raw = url.replace(/^file:/, "").split("?")[0];
  const path = isAbsolute(raw) ? raw : resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
