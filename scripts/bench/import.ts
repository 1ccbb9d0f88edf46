// The import's speed: `npx tsx scripts/bench/import.ts [--rows N] [--policy skip|update|create] [--postgres]`
// (or `npm run bench -- --import …`). A temporary database with the migrations, an admin, some existing clients,
// and a deterministic SuiteCRM-style client export of N rows (default 50,000): invented names with accents, quoted
// line breaks, a bad row every 1,000 lines, and one line in 100 a duplicate of an existing client (same name, or
// same e-mail). The job then goes through the route's and runner's own code (createImportJob, startPass's state,
// `work`): dry run, then run. Prints rows/s by wall clock and by the process's CPU time, the load average, peak
// memory, and the spacing of the progress a page polling the job would see (a raw reader every 250 ms).
// Environment: BENCH_KEEP=1 keeps the database folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs as parseNodeArgs } from "node:util";
import type { Db } from "@/lib/db-client";
import { installServerStubs } from "./server-stubs";

installServerStubs();
const log = (line: string) => console.log(`[bench import] ${line}`);

const STATUS_VALUES = { New: "newcomer", Assigned: "jobSeeker", "In Process": "jobSeeker", Converted: "permanentResident" };
/** One line in this many is a copy of an existing client (by name on even ones, by e-mail on odd ones). */
const DUPLICATE_EVERY = 100;

function options() {
  const { values } = parseNodeArgs({
    args: process.argv.slice(2).filter((a) => a !== "--import"),
    options: { rows: { type: "string" }, policy: { type: "string" }, postgres: { type: "boolean" } },
    strict: false,
  });
  const rows = Number(values.rows ?? process.env.IMPORT_ROWS ?? 50_000);
  const policy = String(values.policy ?? "update");
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows: a positive whole number, not ${values.rows}`);
  if (!["skip", "update", "create"].includes(policy)) throw new Error(`--policy: skip, update or create, not ${policy}`);
  return { rows, policy, postgres: values.postgres === true };
}

/** The CSV line index (0-based) of each planted duplicate, and what it shares with its existing client. */
const duplicateIndexes = (rows: number) => Array.from({ length: Math.floor(rows / DUPLICATE_EVERY) }, (_, k) => k * DUPLICATE_EVERY + 37).filter((i) => i < rows);

/** The existing clients the planted lines duplicate, written by the record layer's own batch save. */
async function seedExisting(rows: number, admin: import("@/lib/auth/current-user").CurrentUser) {
  const { suiteCrmPerson } = await import("@/tests/fixtures/import/suitecrm");
  const { MODULES } = await import("@/lib/modules/registry");
  const { saveRecordsBatch } = await import("@/lib/records/batch-save");
  const model = MODULES.clients;
  const wanted = duplicateIndexes(rows).map((i, k) => {
    const p = suiteCrmPerson(i);
    // Same name and another e-mail, or another name and the same e-mail: both match as the form's warning does.
    return k % 2 === 0
      ? { firstName: p.firstName, lastName: p.lastName, email: `deja${i}@exemple.test`, fileStatus: "open", clientStatus: "newcomer" }
      : { firstName: "Déjà", lastName: `Inscrite ${i}`, email: p.email, fileStatus: "open", clientStatus: "newcomer" };
  });
  for (let at = 0; at < wanted.length; at += 500) {
    const saves = wanted.slice(at, at + 500).map((v) => ({ fields: model.inputSchema.parse(v) as Record<string, unknown>, before: null }));
    const results = await saveRecordsBatch(model, saves, admin);
    const refused = results.filter((r) => !r.ok);
    if (refused.length) throw new Error(`seeding existing clients: ${refused.length} refused`);
  }
  return wanted.length;
}

async function runOn(url: string, rows: number, policy: string) {
  const { migrate } = await import("@/scripts/lib/migrations.mjs");
  const { createPrismaClient } = await import("@/lib/db-client");
  process.env.DATABASE_URL = url;
  await migrate(url);
  const db = createPrismaClient(url);
  (globalThis as { crmDb?: Db }).crmDb = db; // lib/db.ts reads this client
  // The poller reads as another connection would (the wizard's progress route on another request).
  const reader = createPrismaClient(url);
  try {
    const { ensureDefaultPicklists } = await import("@/lib/records/picklists");
    const { jobUser } = await import("@/lib/import/jobs");
    const { createImportJob } = await import("@/lib/import/create");
    const { preparePass, work } = await import("@/lib/import/runner");
    const { suiteCrmClients } = await import("@/tests/fixtures/import/suitecrm");
    await ensureDefaultPicklists();
    const adminRow = await db.user.create({ data: { email: "admin.import@exemple.test", name: "Admin Import Banc", role: "admin", passwordHash: "-" } });
    const admin = (await jobUser(adminRow.id))!;

    let t0 = performance.now();
    const existing = await seedExisting(rows, admin);
    log(`${existing} existing clients written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const csv = suiteCrmClients({ rows, badEvery: 1000, idPrefix: "bench" });
    t0 = performance.now();
    const { id } = await createImportJob(admin, "clients", "bench.csv", new Uint8Array(Buffer.from(csv, "utf8")));
    log(`file of ${(csv.length / 2 ** 20).toFixed(1)} MB read and stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await db.importJob.update({ where: { id }, data: { valueMap: JSON.stringify({ clientStatus: STATUS_VALUES }), policy } });

    const passes: Record<string, PassFigures> = {};
    for (const mode of ["dry", "run"] as const) {
      passes[mode] = await timedPass(db, reader, id, mode, rows, () => preparePass(id, mode), () => work(id));
      const p = passes[mode];
      log(
        `${mode === "dry" ? "dry run" : "run"}: ${p.wallS.toFixed(1)} s wall (${Math.round(rows / p.wallS)} rows/s), ` +
          `${p.cpuS.toFixed(1)} s CPU (${Math.round(rows / p.cpuS)} rows/s), load ${p.load}, peak RSS ${p.peakMb} MB; ` +
          `progress seen ${p.progress.updates}× — gap median ${p.progress.medianS.toFixed(2)} s, max ${p.progress.maxS.toFixed(2)} s, first after ${p.progress.firstS.toFixed(2)} s`,
      );
    }
    const job = await db.importJob.findUniqueOrThrow({ where: { id } });
    log(`dry counts ${job.dryCounts}; run counts ${job.counts}`);
    const counts = JSON.parse(job.counts) as Record<string, number>;
    const total = counts.created + counts.updated + counts.skipped + counts.refused;
    if (total !== rows) throw new Error(`the run counted ${total} lines, not ${rows}`);
    const clients = await db.client.count();
    if (clients !== existing + counts.created) throw new Error(`${clients} clients, expected ${existing + counts.created}`);
    return passes;
  } finally {
    await reader.$disconnect();
    await db.$disconnect();
  }
}

type Progress = { t: number; processed: number };

/** How evenly the progress bar moves: the gaps between the changes a poller saw. */
function gapStats(seen: readonly Progress[]) {
  const gaps = seen.map((p, i) => p.t - (i === 0 ? 0 : seen[i - 1].t)).sort((a, b) => a - b);
  return { updates: seen.length, firstS: seen[0]?.t ?? 0, medianS: gaps[Math.floor(gaps.length / 2)] ?? 0, maxS: gaps.at(-1) ?? 0 };
}

type PassFigures = { wallS: number; cpuS: number; load: string; peakMb: number; progress: ReturnType<typeof gapStats> };

async function timedPass(db: Db, reader: Db, jobId: string, mode: "dry" | "run", rows: number, start: () => Promise<void>, run: () => Promise<void>): Promise<PassFigures> {
  await start();
  const seen: Progress[] = [];
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let polling = true;
  const poll = async () => {
    while (polling) {
      const row = await reader.importJob.findUnique({ where: { id: jobId }, select: { processed: true } });
      const t = (performance.now() - t0) / 1000;
      if (row && row.processed !== (seen.at(-1)?.processed ?? 0)) seen.push({ t, processed: row.processed });
      peak = Math.max(peak, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const poller = poll();
  await run();
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  polling = false;
  await poller;
  const done = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
  if (done.processed !== rows) throw new Error(`${mode}: processed ${done.processed} of ${rows}`);
  seen.push({ t: wallS, processed: rows });
  return {
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    load: os.loadavg().map((l) => l.toFixed(1)).join(" "),
    peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20),
    progress: gapStats(seen),
  };
}

/** The whole measurement; the exit code (0, or 1 when a count does not add up). */
export async function runImportBench(): Promise<number> {
  const { rows, policy, postgres } = options();
  const cpus = os.cpus();
  log(`${rows} rows, policy « ${policy} », on ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const dir = mkdtempSync(join(os.tmpdir(), "crm-bench-import-"));
  let stopPg: (() => void) | null = null;
  try {
    let url = `file:${join(dir, "import.db")}`;
    if (postgres) {
      const { startTempPostgres } = await import("@/scripts/lib/temp-postgres.mjs");
      const pg = await startTempPostgres();
      stopPg = pg.stop;
      url = pg.url;
    }
    await runOn(url, rows, policy);
    return 0;
  } catch (error) {
    console.error("[bench import] Failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  } finally {
    stopPg?.();
    if (process.env.BENCH_KEEP === "1") log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly (`npx tsx scripts/bench/import.ts`) or through `npm run bench -- --import` (scripts/bench/index.ts).
if (/scripts[\\/]bench[\\/]import\.ts$/.test(process.argv[1] ?? "")) void runImportBench().then((code) => process.exit(code));
