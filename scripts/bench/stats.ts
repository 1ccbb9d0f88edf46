// Pure arithmetic of the bench: percentiles of a sample, ratios between measurement layers, the comparison of a
// smoke run with its committed baseline, and the markdown table. No I/O here, so Jest covers it all.

export type Summary = { n: number; p50: number; p95: number; p99: number; max: number; mean: number; perSecond: number };

/** Nearest-rank percentiles (the value at rank ceil(q·n)), the mean, and how many ran per second of summed time. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { n: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0, perSecond: 0 };
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const total = s.reduce((a, b) => a + b, 0);
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1], mean: total / s.length, perSecond: total > 0 ? (1000 * s.length) / total : 0 };
}

/**
 * a / b, rounded to two decimals. A floor below 0.05 ms is clamped there: a sub-timer-resolution floor would
 * otherwise turn noise into a ratio of 100.
 */
export function ratio(a: number, b: number, minDenominator = 0.05): number {
  return Math.round((a / Math.max(b, minDenominator)) * 100) / 100;
}

export type RatioTable = Record<string, number>;
export type Regression = { key: string; baseline: number; now: number; factor: number };

/**
 * The ratios of this run that are more than `limit` times their baseline. A ratio absent from the baseline is new
 * (not a regression); one absent from this run is reported by `missingFromRun` so a renamed op is noticed.
 */
export function regressions(now: RatioTable, baseline: RatioTable, limit = 2): Regression[] {
  const out: Regression[] = [];
  for (const [key, value] of Object.entries(now)) {
    const base = baseline[key];
    if (base === undefined || !Number.isFinite(base) || base <= 0) continue;
    const factor = Math.round((value / base) * 100) / 100;
    if (factor > limit) out.push({ key, baseline: base, now: value, factor });
  }
  return out;
}

export function missingFromRun(now: RatioTable, baseline: RatioTable): string[] {
  return Object.keys(baseline).filter((k) => !(k in now));
}

/** A GitHub-flavoured table: first column left-aligned, the others right-aligned, padded for the terminal. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${widths.map((w, i) => (i === 0 ? (cells[i] ?? "").padEnd(w) : (cells[i] ?? "").padStart(w))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? ` ${"-".repeat(w)} ` : ` ${"-".repeat(Math.max(1, w - 1))}: `)).join("|")}|`;
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

export const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? "–" : n.toFixed(digits));
