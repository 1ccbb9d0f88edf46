// The built-in reports' speed proof: `npx tsx --conditions=react-server scripts/bench/reports.ts`. On a temporary
// SQLite database it bulk-loads 100,000 invented clients
// and 1,000,000 activities (calls, meetings, tasks) with services, participations, SAE files and kiosk visits
// spread over two years, straight through the driver (prepared INSERTs in transactions, not the app's save path),
// then times every built-in report's server-side run (query + shaping) for one quarter and for a whole year.
// `--postgres`: the same reports again on a throwaway PostgreSQL 15 holding a copy of the same rows, and whether
// every report's figures are the same on both engines.
// Environment: BENCH_CLIENTS (100000), BENCH_ACTIVITIES (1000000), BENCH_RUNS (7), BENCH_KEEP=1, BENCH_DB=<file>
// (load into that file once and reuse it on later runs — loading takes minutes; pending migrations still apply).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { migrate } from "@/scripts/lib/migrations.mjs";
import { copyToPostgres } from "./reports-postgres";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PARTNERS = Math.round(CLIENTS / 40);
const STAFF = 12;
const log = (line: string) => console.log(`[bench:reports] ${line}`);

// A fixed pseudo-random sequence (mulberry32): every run loads the same data.
let seed = 1234567;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
const SPAN_START = Date.UTC(2025, 0, 1);
const SPAN_MS = 2 * 365 * 86_400_000;
// Instants the way Prisma's SQLite adapter writes them ("…+00:00"), so range comparisons read the same text.
const instant = () => new Date(SPAN_START + Math.floor(rand() * SPAN_MS)).toISOString().replace("Z", "+00:00");
const day = () => instant().slice(0, 10);
let n = 0;
const id = () => `bench${(n++).toString(36).padStart(10, "0")}`;

function load(path: string) {
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const now = new Date().toISOString().replace("Z", "+00:00");
  // Indexes are dropped while loading and built once afterwards: much faster than growing them row by row.
  const indexes = sqlite.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE INDEX%'`).all() as { sql: string }[];
  for (const { sql } of indexes) sqlite.exec(sql.replace(/^CREATE INDEX ("[^"]+")[\s\S]*$/, "DROP INDEX $1"));
  const insert = (table: string, rows: () => Iterable<Record<string, unknown>>) => {
    let stmt: Database.Statement | null = null;
    let count = 0;
    const run = sqlite.transaction((batch: Record<string, unknown>[]) => {
      for (const row of batch) {
        stmt ??= sqlite.prepare(`INSERT INTO "${table}" (${Object.keys(row).map((c) => `"${c}"`).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`);
        stmt.run(...Object.values(row));
      }
    });
    let batch: Record<string, unknown>[] = [];
    for (const row of rows()) {
      batch.push(row);
      count += 1;
      if (batch.length === 10_000) {
        run(batch);
        batch = [];
      }
    }
    run(batch);
    log(`${table}: ${count.toLocaleString("en")} rows`);
  };
  const staff = Array.from({ length: STAFF }, () => id());
  insert("User", function* () {
    for (const [i, u] of staff.entries()) yield { id: u, email: `agent${i}@exemple.test`, name: `Agent ${i}`, role: "staff", passwordHash: "x", updatedAt: now };
  });
  const clients = Array.from({ length: CLIENTS }, () => id());
  const statuses = ["newcomer", "permanentResident", "jobSeeker", "other"];
  const immigration = ["permanentResident", "refugee", "temporaryWorker", "internationalStudent", "citizen", null];
  insert("Client", function* () {
    for (const [i, c] of clients.entries()) yield { id: c, lastName: `Client ${i}`, sortName: `client ${i}`, nameKey: `client ${i}`, clientStatus: pick(statuses), immigrationStatus: pick(immigration), assignedUserId: pick(staff), createdAt: instant(), updatedAt: now, deletedAt: rand() < 0.01 ? now : null };
  });
  const partners = Array.from({ length: PARTNERS }, () => id());
  insert("Partner", function* () {
    for (const [i, p] of partners.entries()) yield { id: p, name: `Partenaire ${i}`, sortName: `partenaire ${i}`, nameKey: `partenaire ${i}`, createdAt: now, updatedAt: now };
  });
  const linked = () => (rand() < 0.85 ? { clientId: pick(clients), partnerId: null } : { clientId: null, partnerId: pick(partners) });
  const calls = Math.round(ACTIVITIES * 0.4);
  const meetings = Math.round(ACTIVITIES * 0.3);
  insert("Call", function* () {
    for (let i = 0; i < calls; i++) {
      const at = instant();
      yield { id: id(), subject: "Appel", startAt: at, activityAt: at, duration: 15, ...linked(), assignedUserId: pick(staff), createdAt: now, updatedAt: now, deletedAt: rand() < 0.01 ? now : null };
    }
  });
  insert("Meeting", function* () {
    for (let i = 0; i < meetings; i++) {
      const at = instant();
      yield { id: id(), subject: "Réunion", startAt: at, activityAt: at, ...linked(), assignedUserId: pick(staff), createdAt: now, updatedAt: now };
    }
  });
  insert("Task", function* () {
    for (let i = 0; i < ACTIVITIES - calls - meetings; i++) {
      const at = instant();
      const done = rand() < 0.6;
      yield { id: id(), subject: "Tâche", status: done ? "completed" : "notStarted", completedAt: done ? at : null, activityAt: at, ...linked(), assignedUserId: pick(staff), createdAt: now, updatedAt: now };
    }
  });
  const serviceNames = ["atelier-cv", "preparation-entrevue", "orientation", "aide-demarches", "session-information", "jumelage"];
  const numbers = Array.from({ length: 400 }, (_, i) => ({ number: `A-${i}`, serviceName: pick(serviceNames), startDate: day() }));
  insert("ActivityNumber", function* () {
    for (const a of numbers) yield { id: id(), ...a, createdAt: now, updatedAt: now };
  });
  insert("Service", function* () {
    for (let i = 0; i < CLIENTS * 1.5; i++) {
      const a = rand() < 0.5 ? pick(numbers) : null;
      const start = a?.startDate ?? day();
      yield { id: id(), ...linked(), serviceName: a?.serviceName ?? pick(serviceNames), activityNumber: a?.number ?? null, startDate: start, startSort: start, serviceNameFr: "Service", serviceNameEn: "Service", staffUserId: pick(staff), createdAt: now, updatedAt: now };
    }
  });
  insert("ProgramParticipation", function* () {
    for (let i = 0; i < CLIENTS / 2; i++) {
      const start = day();
      const end = rand() < 0.6 ? new Date(Date.parse(start) + rand() * 200 * 86_400_000).toISOString().slice(0, 10) : null;
      yield { id: id(), ...linked(), program: pick(["francisation", "mentorat", "integration-emploi"]), programFr: "Programme", programEn: "Program", startDate: start, startSort: start, endDate: end, createdAt: now, updatedAt: now };
    }
  });
  insert("SaeFile", function* () {
    for (let i = 0; i < CLIENTS / 5; i++) {
      const opened = day();
      yield { id: id(), fileNumber: `SAE-${i}`, clientId: pick(clients), counsellorId: pick(staff), openedOn: opened, openedSort: opened, closedOn: rand() < 0.5 ? day() : null, createdAt: now, updatedAt: now };
    }
  });
  insert("Visit", function* () {
    for (let i = 0; i < CLIENTS; i++) yield { id: id(), clientId: pick(clients), visitedAt: instant(), reason: pick(["emploi", "cv", "immigration", "autre"]), language: "fr", idempotencyKey: id() };
  });
  const built = performance.now();
  for (const { sql } of indexes) sqlite.exec(sql);
  log(`indexes built in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  sqlite.exec("ANALYZE");
  sqlite.close();
}

const PERIODS = {
  "month (2026-05)": { period: "custom", from: "2026-05-01", to: "2026-05-31" },
  "quarter (2026 Q2)": { period: "custom", from: "2026-04-01", to: "2026-06-30" },
  "year 2025": { period: "custom", from: "2025-01-01", to: "2025-12-31" },
};

/** Every built-in report for every period on one database: the timing table, the slowest run, and each run's rows. */
async function timeReports(url: string, engine: string): Promise<{ worst: number; figures: Map<string, string> }> {
  const db: Db = createPrismaClient(url);
  (globalThis as { crmDb?: Db }).crmDb = db;
  const { BUILT_IN_REPORTS } = await import("@/lib/reports/catalog");
  const { runReport } = await import("@/lib/reports/run");
  const { ensureDefaultPicklists } = await import("@/lib/records/picklists");
  await ensureDefaultPicklists();
  const user = { id: "bench-admin", role: "admin" as const, timeZone: "America/Iqaluit" };
  // Wall time, and the process's CPU time (better-sqlite3 runs SQLite in this process; PostgreSQL works in its own
  // server, so there it is the app's share only): on a shared machine the CPU time says what a SQLite report
  // costs when the wall clock also counts other programs' turns.
  const lines: string[] = [`${engine}:`, "| report | period | rows | p50 ms | max ms | CPU p50 ms |", "|---|---|--:|--:|--:|--:|"];
  const figures = new Map<string, string>();
  let worst = 0;
  for (const report of BUILT_IN_REPORTS) {
    for (const [label, query] of Object.entries(PERIODS)) {
      const times: number[] = [];
      const cpu: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS + 1; i++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const table = await runReport(report, user, "fr", new URLSearchParams(query));
        const used = process.cpuUsage(c0);
        // The first run warms the caches.
        if (i > 0) {
          times.push(performance.now() - t0);
          cpu.push((used.user + used.system) / 1000);
        }
        rows = table.rows.length;
        figures.set(`${report.key} ${label}`, JSON.stringify(table.rows.map((r) => JSON.stringify(r)).sort()));
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      worst = Math.max(worst, times.at(-1)!);
      lines.push(`| ${report.key} | ${label} | ${rows} | ${times[Math.floor(times.length / 2)].toFixed(0)} | ${times.at(-1)!.toFixed(0)} | ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} |`);
    }
  }
  console.log(lines.join("\n"));
  log(`load average (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} on ${os.cpus().length} cores`);
  await db.$disconnect();
  return { worst, figures };
}

async function main() {
  const reuse = process.env.BENCH_DB;
  const dir = reuse ? null : mkdtempSync(join(os.tmpdir(), "crm-bench-reports-"));
  const file = reuse ?? join(dir!, "bench.db");
  const url = `file:${file}`;
  try {
    const loaded = existsSync(file);
    await migrate(url);
    if (loaded) log(`reusing ${file}`);
    else {
      const started = performance.now();
      load(file);
      log(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const sqlite = await timeReports(url, "SQLite");
    let worst = sqlite.worst;
    if (process.argv.includes("--postgres")) {
      const { startTempPostgres } = await import("@/scripts/lib/temp-postgres.mjs");
      const server = await startTempPostgres();
      try {
        await migrate(server.url);
        const started = performance.now();
        await copyToPostgres(file, server.url, log);
        log(`PostgreSQL copy in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        const postgres = await timeReports(server.url, "PostgreSQL");
        worst = Math.max(worst, postgres.worst);
        const differ = [...sqlite.figures].filter(([key, figures]) => postgres.figures.get(key) !== figures).map(([key]) => key);
        log(differ.length === 0 ? "same figures on both engines" : `figures differ between engines: ${differ.join(", ")}`);
        if (differ.length > 0) worst = Infinity;
      } finally {
        server.stop();
      }
    }
    log(`slowest run: ${worst.toFixed(0)} ms (limit 1000 ms)`);
    process.exitCode = worst < 1000 ? 0 : 1;
  } finally {
    if (dir && process.env.BENCH_KEEP !== "1") rmSync(dir, { recursive: true, force: true });
    else log(`kept ${file}`);
  }
}

void main();
