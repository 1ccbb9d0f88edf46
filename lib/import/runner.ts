import "server-only";
// The import's batch runner: a dry run, the real run and its undo go through the file (or the run's outcomes)
// 200 lines at a time, each batch in one transaction that also advances `processed`. The runner works in the
// background of the instance that claimed the job (`claimedAt`, refreshed every batch); a page that finds a
// running job whose claim is older than a minute (the instance stopped) takes it over and goes on where it was.
import { db } from "@/lib/db";
import { logEvent } from "@/lib/records/audit";
import { binRecordIn } from "@/lib/records/service";
import { saveRecordsBatch, type BatchSave } from "@/lib/records/batch-save";
import type { Tx } from "@/lib/records/store";
import { insertRows } from "@/lib/records/bulk-insert";
import { newRecordId } from "@/lib/records/ids";
import { ActionError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { runLines, type Outcome } from "@/lib/import/process";
import { jobRows, jobUser, jobView, lineOf, type Counts, type JobRow } from "@/lib/import/jobs";

export const BATCH = 200;
const STALE_MS = 60_000;
export type Mode = "dry" | "run" | "undo";

class ClaimLost extends Error {}
const local = new Set<string>();

/** Starts a pass from the beginning (or, `resume`, from where a failed one stopped) and runs it in the background. */
export async function startPass(jobId: string, mode: Mode, opts: { resume?: boolean } = {}): Promise<void> {
  await preparePass(jobId, mode, opts);
  kick(jobId);
}

/** The job's state at the start of a pass, before anyone works on it (the import bench then awaits `work`). */
export async function preparePass(jobId: string, mode: Mode, opts: { resume?: boolean } = {}): Promise<void> {
  await db.importJob.update({ where: { id: jobId }, data: { mode, status: "running", claimedAt: null, ...(opts.resume ? {} : { processed: 0 }) } });
  if (!opts.resume && mode !== "undo") await db.importItem.deleteMany({ where: { jobId, dry: mode === "dry" } });
}

/** Runs the job here unless this instance already does, or another one holds a fresh claim. */
export function kick(jobId: string): void {
  if (local.has(jobId)) return;
  local.add(jobId);
  void work(jobId)
    .catch(async (error) => {
      console.error(`[import ${jobId}]`, error);
      await db.importJob.updateMany({ where: { id: jobId }, data: { status: "failed", claimedAt: null } }).catch(() => undefined);
    })
    .finally(() => local.delete(jobId));
}

/** A running job nobody has advanced for a minute is taken over (the page calls this on every load). */
export function resumeIfStale(job: Pick<JobRow, "id" | "mode" | "status" | "claimedAt">): void {
  if (job.mode && job.status === "running" && (!job.claimedAt || Date.now() - job.claimedAt.getTime() > STALE_MS)) kick(job.id);
}

/** Runs the whole pass; `work` is exported for tests, which await it instead of polling. */
export async function work(jobId: string): Promise<void> {
  const stale = new Date(Date.now() - STALE_MS);
  const claimed = await db.importJob.updateMany({ where: { id: jobId, status: "running", NOT: { mode: null }, OR: [{ claimedAt: null }, { claimedAt: { lt: stale } }] }, data: { claimedAt: new Date() } });
  if (claimed.count !== 1) return;
  for (;;) {
    const row = await db.importJob.findUnique({ where: { id: jobId } });
    if (!row || !row.mode || row.status !== "running") return;
    const user = await jobUser(row.userId);
    if (!user) throw new Error("the job's user is gone or inactive");
    const mode = row.mode as Mode;
    try {
      const more = mode === "undo" ? await undoBatch(row, user) : await importBatch(row, user, mode === "dry");
      if (!more) return finish(row, user);
      // SQLite answers synchronously: without a turn of the event loop between batches, a whole pass would run
      // as one task and the progress route (and every other request of this instance) would wait for its end.
      await new Promise((resolve) => setImmediate(resolve));
    } catch (error) {
      if (error instanceof ClaimLost) return;
      throw error;
    }
  }
}

/** Moves `processed` on, only if nobody else did: the batch's writes roll back otherwise. */
async function advance(tx: Tx, job: JobRow, by: number) {
  const { count } = await tx.importJob.updateMany({ where: { id: job.id, mode: job.mode, processed: job.processed }, data: { processed: job.processed + by, claimedAt: new Date() } });
  if (count !== 1) throw new ClaimLost();
}

const itemRows = (job: JobRow, dry: boolean, outcomes: Outcome[]) =>
  outcomes.map((o) => ({
    id: newRecordId(),
    jobId: job.id,
    dry,
    line: o.line,
    outcome: o.outcome,
    reason: o.reasons.length > 0 ? JSON.stringify(o.reasons) : null,
    recordId: o.recordId,
    before: o.before,
    version: o.version,
  }));

async function importBatch(job: JobRow, user: CurrentUser, dry: boolean): Promise<boolean> {
  const { model, spec } = jobView(job);
  const rows = jobRows(job);
  const slice = rows.slice(job.processed, job.processed + BATCH);
  if (slice.length === 0) return false;
  const lines = slice.map((cells, i) => ({ line: lineOf(job.processed + i), cells }));
  await runLines(model, spec, lines, user, {
    dry,
    async after(tx, outcomes) {
      const write = async (t: Tx) => {
        await insertRows(t, "ImportItem", itemRows(job, dry, outcomes));
        // A batch may end early (a line repeating an earlier one of the batch goes first in the next).
        await advance(t, job, outcomes.length);
      };
      if (tx) await write(tx);
      else await db.$transaction(write);
    },
  });
  return true;
}

/**
 * Undo, a batch of the run's outcomes at a time: records it created go to the recycle bin (logged like a
 * deletion, restorable by an admin); records it updated get their replaced values back through the same save,
 * unless someone changed them since (their version moved on): those are kept as they are and counted.
 */
async function undoBatch(job: JobRow, user: CurrentUser): Promise<boolean> {
  const { model } = jobView(job);
  const items = await db.importItem.findMany({ where: { jobId: job.id, dry: false, undone: false, outcome: { in: ["created", "updated"] } }, orderBy: { line: "asc" }, take: BATCH });
  if (items.length === 0) return false;
  const saves: BatchSave[] = [];
  const kept: string[] = [];
  for (const item of items.filter((i) => i.outcome === "updated" && i.recordId)) {
    const current = await model.find(db, item.recordId!, user);
    if (!current || current.version !== item.version) {
      kept.push(item.id);
      continue;
    }
    const before = JSON.parse(item.before ?? "{}") as Record<string, unknown>;
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(before)) {
      const def = model.def.fields.find((f) => f.name === name);
      const parsed = def && Object.hasOwn(model.fieldSchemas, name) ? model.fieldSchemas[name].safeParse(model.fieldInput(def, value)) : null;
      if (parsed?.success) fields[name] = parsed.data;
    }
    saves.push({ fields, before: current });
  }
  await saveRecordsBatch(model, saves, user, async (tx) => {
    for (const item of items.filter((i) => i.outcome === "created" && i.recordId)) {
      try {
        await binRecordIn(tx, model, item.recordId!, user);
      } catch (error) {
        // Already in the recycle bin (someone deleted it since): nothing left to undo.
        if (!(error instanceof ActionError)) throw error;
      }
    }
    await tx.importItem.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { undone: true } });
    if (kept.length > 0) await tx.importItem.updateMany({ where: { id: { in: kept } }, data: { outcome: "kept" } });
    await advance(tx, job, items.length);
  });
  return true;
}

export async function countsOf(jobId: string, dry: boolean): Promise<Counts> {
  const groups = await db.importItem.groupBy({ by: ["outcome"], where: { jobId, dry }, _count: { _all: true } });
  const n = (o: string) => groups.find((g) => g.outcome === o)?._count._all ?? 0;
  return { created: n("created"), updated: n("updated"), skipped: n("skipped"), refused: n("refused"), kept: n("kept") };
}

async function finish(job: JobRow, user: CurrentUser): Promise<void> {
  const mode = job.mode as Mode;
  const counts = await countsOf(job.id, mode === "dry");
  const data =
    mode === "dry"
      ? { dryCounts: JSON.stringify(counts), status: "dryDone", step: "dry" }
      : mode === "run"
        ? { counts: JSON.stringify(counts), status: "done", step: "done" }
        : { counts: JSON.stringify(counts), status: "undone", step: "done" };
  await db.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({ where: { id: job.id, mode: job.mode }, data: { ...data, mode: null, claimedAt: null } });
    if (count !== 1) return;
    if (mode !== "dry") {
      const undone = mode === "undo" ? await tx.importItem.count({ where: { jobId: job.id, dry: false, undone: true } }) : undefined;
      await logEvent(tx, { action: "import", user, module: job.module, detail: { job: job.id, file: job.fileName, pass: mode, rows: job.rowCount, ...counts, ...(undone !== undefined ? { undone } : {}) } });
    }
  });
}
