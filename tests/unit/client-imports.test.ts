import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// Page weight (issue 15): what a "use client" file imports at run time is sent to every browser that opens the
// page. Server-side libraries must not ride along: zod (the record layer's parsers) once reached every record
// screen through a page-size constant. This walks the value imports (not `import type`) from each client file.
const ROOT = resolve(__dirname, "../..");
const SERVER_ONLY_PACKAGES = ["zod", "@prisma/client", "better-sqlite3", "pg", "csv-parse", "csv-stringify", "iconv-lite", "@node-rs/argon2", "nodemailer"];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(from), spec) : null;
  if (!base) return null;
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+"([^"]+)"/gm;
const onlyTypes = (what: string) => /^\{[^}]*\}$/.test(what.trim()) && what.trim().slice(1, -1).split(",").every((p) => !p.trim() || p.trim().startsWith("type "));

/** The first chain of value imports from `start` to a server-only package, or null. */
function serverChain(start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, path: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (source.slice(0, 200).includes('"use server"')) return null; // the browser gets a reference, not the code
    for (const [, what, spec] of source.matchAll(VALUE_IMPORT)) {
      if (onlyTypes(what)) continue;
      if (SERVER_ONLY_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) return [...path, spec];
      const next = resolveImport(spec, file);
      const found = next && walk(next, [...path, relative(ROOT, next)]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [relative(ROOT, start)]);
}

test("no client component imports a server-side library, directly or through lib/", () => {
  const clients = ["app", "components", "lib"].flatMap((d) => files(join(ROOT, d))).filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  expect(clients.length).toBeGreaterThan(30);
  const chains = clients.map(serverChain).filter((c): c is string[] => c !== null).map((c) => c.join(" → "));
  expect(chains).toEqual([]);
});
