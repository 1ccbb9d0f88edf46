// `npm run bench:export`: only the export part of the bench — the data set loaded as `npm run bench` loads it
// (BENCH_CLIENTS scales it), then 100,000 clients and every activity exported as CSV through the export route's
// stream and through the raw driver (the floor), with each one's RSS growth. Exits 1 when the app's export grows
// the process by 64 MB or more, or takes more than twice the floor's time.
import { installServerStubs } from "./server-stubs";
installServerStubs();
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { Db } from "@/lib/db-client";
import { parseArgs } from "./config";
import { fmt, markdownTable } from "./stats";

async function main(): Promise<number> {
  const config = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(os.tmpdir(), "crm-bench-export-"));
  const url = `file:${join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  const { migrate } = await import("@/scripts/lib/migrations.mjs");
  const { createPrismaClient } = await import("@/lib/db-client");
  const { openSqlite } = await import("./raw-db");
  const { load } = await import("./load");
  const { benchUser } = await import("./data-layer");
  const { appExport, floorExport } = await import("./export");
  await migrate(url);
  const db = createPrismaClient(url);
  (globalThis as { crmDb?: Db }).crmDb = db;
  const raw = openSqlite(join(dir, "bench.db"));
  try {
    const loaded = await load(db, raw, config.sizes, config.seed, (l) => console.log(`[bench-export] ${l}`));
    const user = await benchUser(db, loaded.adminId);
    const rows: string[][] = [];
    let ok = true;
    for (const set of ["clients", "activities"] as const) {
      const floor = await floorExport(raw, set);
      const app = await appExport(user, set);
      ok &&= app.growthMb < 64 && app.ms <= 2 * floor.ms;
      rows.push([set, app.rows.toLocaleString("en"), fmt(floor.ms / 1000), fmt(floor.growthMb), fmt(app.ms / 1000), fmt(app.growthMb), fmt(app.bytes / 2 ** 20)]);
    }
    console.log(`\n${markdownTable(["export", "rows", "floor s", "floor MB", "app s", "app MB growth", "CSV MB"], rows)}\n`);
    return ok ? 0 : 1;
  } finally {
    await raw.close();
    await db.$disconnect();
    if (config.keep) console.log(`[bench-export] kept ${dir}`);
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
