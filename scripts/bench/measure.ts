// Timing and memory sampling shared by every layer.
import { summarize, type Summary } from "./stats";

export type Timed<T> = { summary: Summary; cpu: Summary; last: T };

/**
 * `warmup` untimed runs, then `samples` timed ones, one after another: wall time, and this process's CPU time
 * (user + system). In process on SQLite every step of a query runs on this thread, so CPU time is the work
 * itself, whatever else the shared machine is doing; on PostgreSQL the server's share is in wall time only.
 */
export async function timed<T>(fn: () => Promise<T>, samples: number, warmup: number): Promise<Timed<T>> {
  let last!: T;
  for (let i = 0; i < warmup; i++) last = await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    last = await fn();
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { summary: summarize(times), cpu: summarize(cpu), last };
}

/** `total` calls, `concurrency` in flight at once; latencies, wall time and the calls per second of wall time. */
export async function concurrent<T>(fn: (i: number) => Promise<T>, total: number, concurrency: number): Promise<{ summary: Summary; wallMs: number; perSecond: number; results: PromiseSettledResult<T>[] }> {
  const times: number[] = [];
  const results: PromiseSettledResult<T>[] = new Array(total);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t = performance.now();
      try {
        results[i] = { status: "fulfilled", value: await fn(i) };
      } catch (reason) {
        results[i] = { status: "rejected", reason };
      }
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const wallMs = performance.now() - started;
  return { summary: summarize(times), wallMs, perSecond: (1000 * total) / wallMs, results };
}

/**
 * `total` calls started at a steady `perSecond`, whatever the previous ones are doing: visitors arrive on their own
 * schedule (an open loop). A closed loop of N workers would send as fast as the server answers, leaving it no idle
 * time for anything else.
 */
export async function paced<T>(fn: (i: number) => Promise<T>, total: number, perSecond: number): Promise<{ summary: Summary; wallMs: number; perSecond: number; results: PromiseSettledResult<T>[] }> {
  const times: number[] = [];
  const started = performance.now();
  const one = async (i: number): Promise<T> => {
    const wait = started + (1000 * i) / perSecond - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t = performance.now();
    try {
      return await fn(i);
    } finally {
      times.push(performance.now() - t);
    }
  };
  const results = await Promise.allSettled(Array.from({ length: total }, (_, i) => one(i)));
  const wallMs = performance.now() - started;
  return { summary: summarize(times), wallMs, perSecond: (1000 * total) / wallMs, results };
}

/** Peak RSS while `fn` runs, sampled every 5 ms and by `fn` itself through `sample`, above the RSS before it. */
export async function memoryGrowth<T>(fn: (sample: () => void) => Promise<T>): Promise<{ result: T; ms: number; baseMb: number; growthMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 5);
  const t = performance.now();
  try {
    const result = await fn(sample);
    sample();
    return { result, ms: performance.now() - t, baseMb: base / 2 ** 20, growthMb: (peak - base) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
