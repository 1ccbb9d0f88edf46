// Query-plan checks for the floor queries: a plan that reads a large table from end to end (SQLite « SCAN t »
// without an index, PostgreSQL « Seq Scan on t ») fails the bench. Small tables (users, picklists) may be scanned.

export type PlanIssue = { table: string; detail: string };

/**
 * SQLite `EXPLAIN QUERY PLAN` rows: « SCAN Client » is a full scan, « SCAN Client USING INDEX … » or « USING
 * COVERING INDEX … » walks an index in order (what a keyset page does) and « SEARCH … » seeks one. Aliases
 * (« SCAN c ») are resolved through `aliases`.
 */
export function sqlitePlanIssues(rows: readonly { detail: string }[], largeTables: readonly string[], aliases: Record<string, string> = {}): PlanIssue[] {
  const large = new Set(largeTables.map((t) => t.toLowerCase()));
  const out: PlanIssue[] = [];
  for (const { detail } of rows) {
    const m = /^SCAN (?:TABLE )?"?(\w+)"?(?: AS (\w+))?(.*)$/.exec(detail.trim());
    if (!m) continue;
    const table = (aliases[m[1]] ?? m[1]).toLowerCase();
    if (/USING (?:COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(m[3])) continue;
    if (large.has(table)) out.push({ table: aliases[m[1]] ?? m[1], detail });
  }
  return out;
}

/** PostgreSQL `EXPLAIN` text: a « Seq Scan on "Client" » (or a parallel one) of a large table. */
export function pgPlanIssues(plan: string, largeTables: readonly string[]): PlanIssue[] {
  const large = new Set(largeTables.map((t) => t.toLowerCase()));
  const out: PlanIssue[] = [];
  for (const line of plan.split("\n")) {
    const m = /(?:Parallel )?Seq Scan on "?(\w+)"?/.exec(line);
    if (m && large.has(m[1].toLowerCase())) out.push({ table: m[1], detail: line.trim() });
  }
  return out;
}
