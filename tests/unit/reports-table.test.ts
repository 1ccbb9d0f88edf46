import { bucketOf, resolvePeriod } from "@/lib/reports/period";
import { moveColumn, orderColumns, sortRows, totalsOf } from "@/lib/reports/table";
import { applyChange, parseDashlets } from "@/lib/dashboard/dashlets";
import type { ReportResult } from "@/lib/reports/types";

describe("report periods", () => {
  const now = new Date("2026-02-10T15:00:00Z");
  it("last quarter from February is October–December of the year before, midnight in the user's zone", () => {
    const p = resolvePeriod({ period: "lastQuarter" }, "America/Iqaluit", now);
    expect([p.from, p.to]).toEqual(["2025-10-01", "2025-12-31"]);
    expect(p.start.toISOString()).toBe("2025-10-01T04:00:00.000Z");
    expect(p.end.toISOString()).toBe("2026-01-01T05:00:00.000Z");
  });
  it("presets and custom dates; a bad custom period falls back to this month", () => {
    const range = (q: Record<string, string>) => {
      const p = resolvePeriod(q, "UTC", now);
      return [p.from, p.to];
    };
    expect(range({ period: "thisMonth" })).toEqual(["2026-02-01", "2026-02-28"]);
    expect(range({ period: "lastMonth" })).toEqual(["2026-01-01", "2026-01-31"]);
    expect(range({ period: "thisYear" })).toEqual(["2026-01-01", "2026-12-31"]);
    expect(range({ period: "custom", from: "2026-01-15", to: "2026-01-20" })).toEqual(["2026-01-15", "2026-01-20"]);
    expect(range({ period: "custom", from: "2026-02-30", to: "2026-03-01" })).toEqual(["2026-02-01", "2026-02-28"]);
    expect(range({ period: "custom", from: "2026-03-01", to: "2026-01-01" })).toEqual(["2026-02-01", "2026-02-28"]);
  });
  it("weeks start on Monday; months are YYYY-MM", () => {
    expect(bucketOf("2026-06-07", "week")).toBe("2026-06-01");
    expect(bucketOf("2026-06-01", "week")).toBe("2026-06-01");
    expect(bucketOf("2026-06-07", "month")).toBe("2026-06");
  });
});

describe("report tables", () => {
  const result: ReportResult = {
    columns: [{ key: "name" }, { key: "a", numeric: true, total: true }, { key: "b", numeric: true, total: true }],
    rows: [
      { name: "Béatrice", a: 2, b: 10 },
      { name: "alain", a: 5, b: 1 },
      { name: "Zoé", a: 2, b: 3 },
    ],
  };
  it("sorts by a column (text by the page's language, numbers as numbers), ties by the first column", () => {
    expect(sortRows(result, { sort: null, dir: "asc", order: [] }, "fr").map((r) => r.name)).toEqual(["alain", "Béatrice", "Zoé"]);
    expect(sortRows(result, { sort: "a", dir: "desc", order: [] }, "fr").map((r) => r.name)).toEqual(["alain", "Béatrice", "Zoé"]);
    expect(sortRows(result, { sort: "b", dir: "asc", order: [] }, "fr").map((r) => r.b)).toEqual([1, 3, 10]);
  });
  it("orders and moves columns; unknown keys in the address are ignored", () => {
    expect(orderColumns(result.columns, ["b", "zz", "b"]).map((c) => c.key)).toEqual(["b", "name", "a"]);
    expect(moveColumn(result.columns, "a", -1)).toEqual(["a", "name", "b"]);
    expect(moveColumn(result.columns, "b", 1)).toEqual(["name", "a", "b"]);
  });
  it("totals the columns marked for it", () => {
    expect(totalsOf(result)).toEqual({ a: 9, b: 14 });
  });
});

describe("dashboard arrangement", () => {
  it("keeps known keys once, and applies add, move, remove and a dragged order", () => {
    expect(parseDashlets('["openTasks","openTasks","nope","report:abc"]')).toEqual(["openTasks", "report:abc"]);
    expect(parseDashlets("not json")).toBeNull();
    const list = ["a", "b", "c"];
    expect(applyChange(list, { op: "up", key: "b" })).toEqual(["b", "a", "c"]);
    expect(applyChange(list, { op: "down", key: "c" })).toEqual(list);
    expect(applyChange(list, { op: "remove", key: "a" })).toEqual(["b", "c"]);
    expect(applyChange(list, { op: "add", key: "d" })).toEqual(["a", "b", "c", "d"]);
    expect(applyChange(list, { op: "order", keys: ["c", "x", "a"] })).toEqual(["c", "a", "b"]);
  });
});
