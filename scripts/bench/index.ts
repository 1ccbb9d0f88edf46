// `npm run bench` (full), `npm run bench -- --smoke` (small, quick; compared with smoke-baseline.json) and
// `-- --postgres` (the same on a throwaway PostgreSQL 15 too). For each operation: the floor (hand-written SQL on
// the raw driver, plans checked), the data layer (the app's functions in process) and HTTP (the production
// server on 127.0.0.1, signed in, « Mon profil » as the framework's floor). Writes results/latest.json and
// latest.md (smoke: smoke-latest.*), prints the table, and exits 1 when a target, a plan or the baseline fails.
// Flags: --smoke, --postgres, --http (smoke with the server), --page-weight (smoke too), --no-http, --no-page-weight,
// --update-baseline; --import measures the import instead (scripts/bench/import.ts: --rows, --policy, --postgres).
// Environment: BENCH_CLIENTS (scales every size), BENCH_SAMPLES, BENCH_KEEP=1, BENCH_PORT (3414), BENCH_PG_PORT (3424).
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { Db } from "@/lib/db-client";
import { parseArgs, type Config } from "./config";
import { installServerStubs } from "./server-stubs";
import { markdown, ratios, targets, type EngineResult } from "./report";
import { markdownTable, missingFromRun, regressions, type RatioTable } from "./stats";

installServerStubs();
const local = createRequire(join(process.cwd(), "package.json"));

const RESULTS = join(process.cwd(), "scripts/bench/results");
const log = (line: string) => console.log(`[bench] ${line}`);
const seconds = (since: number) => (performance.now() - since) / 1000;

async function versions(db: Db, engine: "sqlite" | "postgres") {
  const pkg = (name: string) => (JSON.parse(readFileSync(local.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
  const server = engine === "sqlite"
    ? ((await db.$queryRaw`select sqlite_version() as v`) as { v: string }[])[0].v
    : ((await db.$queryRaw`show server_version`) as { server_version: string }[])[0].server_version;
  return { node: process.version, next: pkg("next"), prisma: pkg("@prisma/client"), "better-sqlite3": pkg("better-sqlite3"), pg: pkg("pg"), [engine]: server };
}

async function runOn(engine: "sqlite" | "postgres", url: string, dir: string, config: Config, cleanups: (() => Promise<void> | void)[]) {
  const { migrate } = await import("@/scripts/lib/migrations.mjs");
  const { sqlitePath } = await import("@/scripts/lib/database-url.mjs");
  const { createPrismaClient } = await import("@/lib/db-client");
  const { openPostgres, openSqlite } = await import("./raw-db");
  const { load } = await import("./load");
  const { runEngine } = await import("./ops");
  process.env.DATABASE_URL = url;
  await migrate(url);
  const db = createPrismaClient(url);
  (globalThis as { crmDb?: Db }).crmDb = db; // lib/db.ts reads this client
  const raw = engine === "sqlite" ? openSqlite(sqlitePath(url)) : await openPostgres(url);
  cleanups.push(() => raw.close(), () => db.$disconnect());

  let t0 = performance.now();
  const loaded = await load(db, raw, config.sizes, config.seed, log);
  const loadSeconds = seconds(t0);
  log(`${engine}: data loaded in ${loadSeconds.toFixed(0)} s ${JSON.stringify(loaded.counts)}`);
  t0 = performance.now();
  const figures = await runEngine(db, raw, loaded, config, log);
  log(`${engine}: floor, data layer, export and edit in ${seconds(t0).toFixed(0)} s`);
  const result: EngineResult = { ops: figures.ops, plans: figures.plans, export: figures.export, edit: figures.edit, loadSeconds, counts: loaded.counts };
  let pageWeight = null;
  if (config.http) {
    const { startApp, stopApp, signIn, destroyAgents } = await import("./http");
    const { httpOps } = await import("./http-ops");
    const port = Number(engine === "sqlite" ? (process.env.BENCH_PORT ?? 3414) : (process.env.BENCH_PG_PORT ?? 3424));
    let server: ChildProcess | null = null;
    const stop = async () => {
      await stopApp(server);
      server = null;
      destroyAgents();
    };
    cleanups.push(stop);
    t0 = performance.now();
    log(`${engine}: starting the app on 127.0.0.1:${port} (builds first if the build is stale)…`);
    server = await startApp({ port, url, dataDir: dir, logFile: join(dir, `server-${engine}.log`), log, env: { CRM_ADMIN_EMAIL: loaded.adminEmail, CRM_ADMIN_PASSWORD: loaded.password, TRUST_PROXY: "1" } });
    log(`${engine}: app answering after ${seconds(t0).toFixed(0)} s`);
    const jar = await signIn(port, loaded.adminEmail, loaded.password);
    const visitsBefore = await db.visit.count();
    result.http = await httpOps(port, jar, loaded, figures.page200Start, config.samples, config.warmup, log);
    result.visits = (await db.visit.count()) - visitsBefore;
    if (config.pageWeight && engine === "sqlite") {
      const { pageWeight: measure } = await import("./page-weight");
      const { listQuery } = await import("./data-layer");
      const { FILTER } = await import("./ops");
      pageWeight = await measure(port, jar, `/fr/clients?${listQuery(FILTER)}`);
      log(`page weight: first visit ${pageWeight.firstVisitKb.toFixed(0)} KB, navigation ${pageWeight.navigationKb.toFixed(0)} KB, usable in ${(pageWeight.usableMs / 1000).toFixed(2)} s at 1 Mbit/s`);
    }
    await stop();
  }
  return { result, versions: await versions(db, engine), pageWeight };
}

async function main(): Promise<number> {
  if (process.argv.includes("--import")) return (await import("./import")).runImportBench();
  const config = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? "?"} · ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · ${os.platform()} ${os.release()} · load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`;
  log(`${config.smoke ? "smoke" : "full"} run on ${machine}`);
  const cleanups: (() => Promise<void> | void)[] = [];
  const dir = mkdtempSync(join(os.tmpdir(), "crm-bench-"));
  let stopPg: (() => void) | null = null;
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await Promise.resolve().then(fn).catch(() => undefined);
    cleanups.length = 0;
    stopPg?.();
    stopPg = null;
    if (config.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanup().finally(() => process.exit(130)));

  try {
    const engines: Record<string, EngineResult> = {};
    const sqlite = await runOn("sqlite", `file:${join(dir, "bench.db")}`, dir, config, cleanups);
    engines.sqlite = sqlite.result;
    let versionsAll = sqlite.versions;
    if (config.postgres) {
      const { startTempPostgres } = await import("@/scripts/lib/temp-postgres.mjs");
      const pg = await startTempPostgres();
      stopPg = pg.stop;
      const run = await runOn("postgres", pg.url, dir, config, cleanups);
      engines.postgres = run.result;
      versionsAll = { ...versionsAll, ...run.versions };
    }
    const ratioTable = ratios(engines);
    const list = targets(engines, sqlite.pageWeight);
    const md = markdown(engines, list);
    const name = config.smoke ? "smoke-latest" : "latest";
    const results = {
      date: new Date().toISOString(),
      mode: config.smoke ? "smoke" : "full",
      machine,
      versions: versionsAll,
      sizes: config.sizes,
      samples: config.samples,
      durationSeconds: Math.round(seconds(started)),
      engines,
      pageWeight: sqlite.pageWeight,
      ratios: ratioTable,
      targets: list,
      allMet: list.every((t) => t.met),
    };
    writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(RESULTS, `${name}.md`), `# Bench ${results.mode} run, ${results.date}\n\n${machine}\n\n${md}\n`);
    console.log(`\n${md}\n`);
    log(`written scripts/bench/results/${name}.json and .md; total ${seconds(started).toFixed(0)} s`);

    let code = 0;
    const planFailures = list.filter((t) => t.op === "plans" && !t.met);
    if (planFailures.length) {
      console.log(`FAIL: a floor query scans a large table: ${planFailures.map((t) => t.value).join(" | ")}`);
      code = 1;
    }
    if (config.smoke) code = Math.max(code, compareBaseline(ratioTable, process.argv.includes("--update-baseline")));
    else if (!results.allMet) {
      console.log(`FAIL: ${list.filter((t) => !t.met).length} target(s) not met (see the table).`);
      code = 1;
    }
    const edit = list.filter((t) => t.op === "edit" && !t.met);
    if (edit.length) {
      console.log("FAIL: concurrent saves lost or overwrote a change.");
      code = 1;
    }
    return code;
  } finally {
    await cleanup();
  }
}

function compareBaseline(now: RatioTable, update: boolean): number {
  const path = join(RESULTS, "smoke-baseline.json");
  if (update || !existsSync(path)) {
    writeFileSync(path, `${JSON.stringify(now, null, 2)}\n`);
    log(`baseline written: ${path}`);
    return 0;
  }
  const baseline = JSON.parse(readFileSync(path, "utf8")) as RatioTable;
  const worse = regressions(now, baseline, 2);
  const missing = missingFromRun(now, baseline).filter((k) => k.startsWith("sqlite.") && !k.includes(".http/"));
  if (missing.length) log(`not measured in this run (in the baseline): ${missing.join(", ")}`);
  if (worse.length === 0) {
    log(`every ratio within 2× its baseline (${Object.keys(now).length} compared)`);
    return 0;
  }
  console.log(`FAIL: ratios more than twice their baseline:\n${markdownTable(["ratio", "baseline", "now", "×"], worse.map((w) => [w.key, String(w.baseline), String(w.now), String(w.factor)]))}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error("[bench] Failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
