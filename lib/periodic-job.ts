/**
 * Runs `task` now and every `everyMs` in this app instance, never two passes at once; a failed pass is logged and
 * the next one tries again. Every instance runs its own (no leader to fail over): the tasks claim their rows.
 * Not in tests, nor while `next build` collects pages. Returns false when it did not start.
 */
export function startPeriodicJob(name: string, everyMs: number, task: () => Promise<unknown>): boolean {
  if (process.env.NODE_ENV === "test" || process.env.NEXT_PHASE === "phase-production-build") return false;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (error) {
      console.error(`[${name}] pass failed; the next one tries again`, error);
    } finally {
      running = false;
    }
  };
  setInterval(run, everyMs).unref();
  void run();
  return true;
}
