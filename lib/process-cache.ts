/**
 * A value read from the database that every request needs (organisation settings, list values, colleagues'
 * names), kept by the process for `ttlMs`: reading it again on each page was three of a list page's five queries.
 * A save through this instance calls `invalidate()`, so it shows at once here; another instance (several servers on
 * one PostgreSQL) sees it within `ttlMs`. A failed read is not kept.
 */
export type ProcessCache<T> = { get(): Promise<T>; invalidate(): void };

export function processCache<T>(load: () => Promise<T>, ttlMs: number, now: () => number = Date.now): ProcessCache<T> {
  let kept: { at: number; value: Promise<T> } | null = null;
  return {
    get() {
      if (ttlMs <= 0) return load();
      if (!kept || now() - kept.at > ttlMs) {
        const value = load();
        const entry = { at: now(), value };
        kept = entry;
        value.catch(() => {
          if (kept === entry) kept = null;
        });
      }
      return kept.value;
    },
    invalidate() {
      kept = null;
    },
  };
}

/**
 * How long reference data is kept. Jest's integration tests write these tables straight through Prisma between
 * reads, in one process, so there every read goes to the database; the keeping itself is tested with its own clock
 * (tests/unit/process-cache.test.ts).
 */
export const REFERENCE_TTL_MS = process.env.NODE_ENV === "test" ? 0 : 10_000;
