import "server-only";
import { isPostgres } from "@/lib/records/engine";

// On SQLite every query runs on the server's one thread, so a burst of registrations shares that thread with the
// staff's pages. They take turns here instead: one registration at a time (SQLite writes one at a time anyway, so
// the kiosk loses nothing), each starting once the work already queued has run, so that a list page in progress
// is slowed by one registration rather than by every tablet's at once. PostgreSQL answers over the network, where
// registrations in parallel overlap their waits: no turns there.

let last: Promise<unknown> = Promise.resolve();

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `work` after the registrations before it, or right away on PostgreSQL. */
export function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (isPostgres()) return work();
  const mine = last.then(nextTick).then(work);
  last = mine.catch(() => undefined);
  return mine;
}
