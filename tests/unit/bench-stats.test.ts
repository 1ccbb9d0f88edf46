/** @jest-environment node */
import { markdownTable, missingFromRun, ratio, regressions, summarize } from "@/scripts/bench/stats";
import { pgPlanIssues, sqlitePlanIssues } from "@/scripts/bench/plan-check";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles, the mean and the throughput", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100 shuffled backwards
    const s = summarize(samples);
    expect(s).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
    expect(s.perSecond).toBeCloseTo(1000 / 50.5, 5);
  });

  it("summarises one sample and no sample without dividing by zero", () => {
    expect(summarize([7])).toMatchObject({ p50: 7, p95: 7, p99: 7, max: 7 });
    expect(summarize([])).toMatchObject({ n: 0, p95: 0, perSecond: 0 });
  });

  it("rounds ratios and clamps a floor below the timer's resolution", () => {
    expect(ratio(3, 1.5)).toBe(2);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBe(20); // 1 / 0.05
  });

  it("flags ratios more than twice their baseline, ignores new ones and names the vanished ones", () => {
    const baseline = { "list.dataLayer/floor": 2, "search.dataLayer/floor": 1.5, "gone": 1 };
    const now = { "list.dataLayer/floor": 4, "search.dataLayer/floor": 3.1, "new.op": 9 };
    expect(regressions(now, baseline)).toEqual([{ key: "search.dataLayer/floor", baseline: 1.5, now: 3.1, factor: 2.07 }]);
    expect(missingFromRun(now, baseline)).toEqual(["gone"]);
    expect(regressions(now, baseline, 1.5).map((r) => r.key)).toEqual(["list.dataLayer/floor", "search.dataLayer/floor"]);
  });

  it("writes a markdown table with right-aligned figures", () => {
    expect(markdownTable(["op", "p95"], [["list", "3.2"], ["search", "12.0"]])).toBe(
      ["| op     |  p95 |", "| ------ | ---: |", "| list   |  3.2 |", "| search | 12.0 |"].join("\n"),
    );
  });
});

describe("bench plan checker", () => {
  const large = ["Client", "SearchToken", "Call"];

  it("accepts index seeks and ordered index walks on SQLite", () => {
    const rows = [
      { detail: "SEARCH Client USING INDEX Client_deletedAt_fileStatus_sortName_id_idx (deletedAt=? AND fileStatus=?)" },
      { detail: "SCAN Client USING INDEX Client_deletedAt_sortName_id_idx" },
      { detail: "SCAN SearchToken USING COVERING INDEX SearchToken_module_token_idx" },
      { detail: "USE TEMP B-TREE FOR ORDER BY" },
      { detail: "SCAN User" }, // small table
    ];
    expect(sqlitePlanIssues(rows, large)).toEqual([]);
  });

  it("fails a full scan of a large SQLite table, aliases included", () => {
    expect(sqlitePlanIssues([{ detail: "SCAN Client" }], large)).toEqual([{ table: "Client", detail: "SCAN Client" }]);
    expect(sqlitePlanIssues([{ detail: "SCAN c" }], large, { c: "Call" })).toEqual([{ table: "Call", detail: "SCAN c" }]);
  });

  it("fails a sequential scan of a large PostgreSQL table only", () => {
    const plan = [
      "Limit  (cost=0.42..9.1 rows=51 width=120)",
      "  ->  Index Scan using \"Client_deletedAt_sortName_id_idx\" on \"Client\"  (cost=0.42..17000 rows=100000 width=120)",
      "  ->  Seq Scan on \"User\"  (cost=0.00..1.10 rows=10 width=40)",
    ].join("\n");
    expect(pgPlanIssues(plan, large)).toEqual([]);
    expect(pgPlanIssues("Gather\n  ->  Parallel Seq Scan on \"Call\"  (cost=0.00..1 rows=1)", large)).toEqual([
      { table: "Call", detail: "->  Parallel Seq Scan on \"Call\"  (cost=0.00..1 rows=1)" },
    ]);
  });
});
