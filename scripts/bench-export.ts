// `npm run bench:export`: how much the server's memory grows while it exports 100,000 clients as CSV. On a
// temporary SQLite database loaded like `npm run bench` (same generator), it runs the export route's own stream
// (lib/list-tools/export.ts: keyset batches of 500, csv-stringify, formula neutralisation, audit row) in this
// process, reads it to the end like a browser would, and samples the process's RSS and heap after every chunk.
// Prints the baseline, the peak and the growth, and exits 1 when the RSS grew by 64 MB or more.
// Environment: BENCH_CLIENTS (100000), BENCH_KEEP=1 keeps the temporary folder.
import Module, { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { Db } from "@/lib/db-client";

// lib/ starts with `import "server-only"`, which throws outside a server build; the react-server condition that
// empties it (as `npm run bench` uses) also gives React's server build, which next-intl's translator cannot load
// in plain Node. So the marker module is stubbed here instead.
const local = createRequire(join(process.cwd(), "package.json"));
const marker = new Module(local.resolve("server-only"));
marker.loaded = true;
local.cache[marker.id] = marker;

const LIMIT_MB = 64;
const mb = (n: number) => (n / 2 ** 20).toFixed(1);
const log = (line: string) => console.log(`[bench-export] ${line}`);

async function main(): Promise<number> {
  const dir = mkdtempSync(join(os.tmpdir(), "crm-bench-export-"));
  const url = `file:${join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  let db: Db | null = null;
  try {
    const { migrate } = await import("@/scripts/lib/migrations.mjs");
    const { createPrismaClient } = await import("@/lib/db-client");
    await migrate(url);
    db = createPrismaClient(url);
    (globalThis as { crmDb?: Db }).crmDb = db;
    const { load } = await import("@/scripts/bench");
    const loaded = await load(db, url);
    const { MODULES } = await import("@/lib/modules/registry");
    const { exportStream } = await import("@/lib/list-tools/export");
    const { listStateOf } = await import("@/lib/list-tools/query");
    const admin = await db.user.findUniqueOrThrow({ where: { id: loaded.adminId } });
    const user = { id: admin.id, name: admin.name, email: admin.email, role: "admin" as const, locale: "fr", darkMode: false, compact: false, timeZone: "America/Iqaluit", ownTimeZone: null, sessionId: "bench" };
    const model = MODULES.clients;
    const columns = [...model.def.exportColumns, "createdAt"];
    const params = { ...listStateOf(model.def, ""), locale: "fr" };

    // One short export first, so that code loading and caches are not counted as growth.
    const warm = exportStream(model, user, params, columns, { lang: "fr", sep: "semicolon", ids: null }, null).getReader();
    await warm.read();
    await warm.read();
    await warm.cancel();
    global.gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    let bytes = 0;
    let lines = 0;
    const started = performance.now();
    const reader = exportStream(model, user, params, columns, { lang: "fr", sep: "semicolon", ids: null }, null).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const b of value) if (b === 10) lines += 1;
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }
    const growth = peakRss - base.rss;
    log(`${(lines - 1).toLocaleString("en")} rows, ${mb(bytes)} MB of CSV in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    log(`RSS ${mb(base.rss)} MB → peak ${mb(peakRss)} MB: growth ${mb(growth)} MB (limit ${LIMIT_MB} MB)`);
    log(`heap used ${mb(base.heapUsed)} MB → peak ${mb(peakHeap)} MB: growth ${mb(peakHeap - base.heapUsed)} MB`);
    return growth < LIMIT_MB * 2 ** 20 ? 0 : 1;
  } finally {
    await db?.$disconnect().catch(() => undefined);
    if (process.env.BENCH_KEEP === "1") log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error("[bench-export] Failed:", error);
    process.exit(1);
  },
);
