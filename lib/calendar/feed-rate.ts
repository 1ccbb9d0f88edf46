// Calendar applications poll a feed every 15 minutes to a few hours; a token asked for much more often than that
// is a misconfigured or hostile client. A window per token hash in this process's memory is enough to keep one
// from loading the database (each instance behind a load balancer counts its own share).

const WINDOW_MS = 10 * 60_000;
export const FEED_REQUESTS_PER_WINDOW = 30;
const MAX_KEYS = 10_000;

const hits = new Map<string, { start: number; count: number }>();

/** True when this request may be served; false once the key used up its window. */
export function takeFeedRequest(key: string, now = Date.now()): boolean {
  const entry = hits.get(key);
  if (!entry || now - entry.start >= WINDOW_MS) {
    if (hits.size >= MAX_KEYS) hits.clear();
    hits.set(key, { start: now, count: 1 });
    return true;
  }
  entry.count += 1;
  return entry.count <= FEED_REQUESTS_PER_WINDOW;
}

export function resetFeedRequests(): void {
  hits.clear();
}
