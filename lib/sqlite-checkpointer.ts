// SQLite in WAL mode copies the log back into the database file (a checkpoint) inside whichever commit fills the
// log past 1,000 pages. That commit then writes and flushes megabytes on the server's one thread: a registration
// measured at 0.3 ms usually took up to 118 ms when it was the one, and every page waiting behind it waited too.
// The server instead checkpoints from a worker thread with its own connection, a few times a second; its
// connection turns the automatic checkpoint off only once that worker runs.
import { Worker } from "node:worker_threads";

/** How often the worker checkpoints: the log stays at a few hundred pages under a steady stream of writes. */
export const CHECKPOINT_EVERY_MS = 250;

// Plain CommonJS, run as the worker's source: a file of its own would have to survive the server's bundling.
// PASSIVE never waits on readers or writers: what it cannot copy now is copied at the next tick.
const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.path, { timeout: 1000, fileMustExist: true });
const tick = () => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    if (error && error.code !== "SQLITE_BUSY") throw error;
  }
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on("message", (m) => {
  if (m !== "stop") return;
  clearInterval(timer);
  tick();
  db.close();
  parentPort.postMessage("stopped");
});
parentPort.postMessage("ready");
`;

export type Checkpointer = { ready: Promise<boolean>; stop: () => Promise<void>; onDown: (fn: () => void) => void };

/**
 * Starts the worker for the database at `path`. `ready` says whether it runs (false if it could not start: the
 * connection then keeps SQLite's own checkpoints); `onDown` is told if it fails later, so that the connection takes
 * them back. It never keeps the process alive; `stop` checkpoints once more.
 */
export function startCheckpointer(path: string, everyMs = CHECKPOINT_EVERY_MS): Checkpointer {
  let worker: Worker | null = null;
  const down: (() => void)[] = [];
  const ready = new Promise<boolean>((resolve) => {
    try {
      worker = new Worker(SOURCE, { eval: true, workerData: { path, everyMs } });
    } catch {
      resolve(false);
      return;
    }
    worker.unref();
    worker.once("message", (m) => resolve(m === "ready"));
    worker.once("error", (error) => {
      console.error("[crm] SQLite checkpoint worker stopped; SQLite checkpoints on its own again:", error);
      resolve(false);
      for (const fn of down.splice(0)) fn();
    });
  });
  const stop = async () => {
    const w = worker;
    worker = null;
    if (!w || !(await ready)) return;
    await new Promise<void>((resolve) => {
      w.once("message", () => resolve());
      w.once("exit", () => resolve());
      w.postMessage("stop");
    });
    await w.terminate();
  };
  return { ready, stop, onDown: (fn) => void down.push(fn) };
}
