import { listQueryString, parseListParams } from "@/lib/records/list-params";

const opts = { sortable: ["name", "city", "createdAt"], defaultSort: { field: "name", dir: "asc" as const } };

describe("parseListParams", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parseListParams({}, opts)).toEqual({
      params: { q: "", sort: "name", dir: "asc", cursor: null, before: false, mine: false, size: 50, start: 1 },
      refused: [],
    });
  });

  it("reads valid values", () => {
    const { params, refused } = parseListParams(
      { q: "  trem mar ", sort: "city", dir: "desc", cursor: "abc", before: "1", mine: "1", other: "x" },
      opts,
    );
    expect(params).toEqual({ q: "trem mar", sort: "city", dir: "desc", cursor: "abc", before: true, mine: true, size: 50, start: 1 });
    expect(refused).toEqual([]);
  });

  it("refuses an unknown sort, a bad direction and a huge query", () => {
    const { params, refused } = parseListParams({ sort: "name; DROP TABLE Client", dir: "sideways", q: "x".repeat(201) }, opts);
    expect(params).toMatchObject({ q: "", sort: "name", dir: "asc" });
    expect(refused.sort()).toEqual(["dir", "q", "sort"]);
  });

  it("refuses repeated keys, an oversized cursor and odd flags", () => {
    const { params, refused } = parseListParams({ q: ["a", "b"], sort: ["city", "name"], cursor: "c".repeat(501), mine: "yes" }, opts);
    expect(params).toEqual({ q: "", sort: "name", dir: "asc", cursor: null, before: false, mine: false, size: 50, start: 1 });
    expect(refused.sort()).toEqual(["cursor", "mine", "q", "sort"]);
  });

  it("uses the default direction of the default sort, ascending for others", () => {
    const d = { ...opts, defaultSort: { field: "createdAt", dir: "desc" as const } };
    expect(parseListParams({}, d).params.dir).toBe("desc");
    expect(parseListParams({ sort: "city" }, d).params.dir).toBe("asc");
  });

  it("ignores before without a cursor", () => {
    expect(parseListParams({ before: "1" }, opts).params.before).toBe(false);
  });
});

describe("page size and range start", () => {
  it("keeps 20, 50 or 100 rows and refuses other sizes", () => {
    expect(parseListParams({ size: "100" }, opts).params.size).toBe(100);
    expect(parseListParams({ size: "20" }, opts).params.size).toBe(20);
    expect(parseListParams({ size: "1000" }, opts)).toMatchObject({ params: { size: 50 }, refused: ["size"] });
    expect(listQueryString({ size: 100 }, opts.defaultSort)).toBe("?size=100");
    expect(listQueryString({ size: 50 }, opts.defaultSort)).toBe("");
  });

  it("reads the range start only with a cursor", () => {
    expect(parseListParams({ start: "51" }, opts).params.start).toBe(1);
    expect(parseListParams({ start: "51", cursor: "abc" }, opts).params.start).toBe(51);
    expect(parseListParams({ start: "-3", cursor: "abc" }, opts)).toMatchObject({ params: { start: 1 }, refused: ["start"] });
  });
});

describe("listQueryString", () => {
  it("omits defaults and empties", () => {
    expect(listQueryString({}, opts.defaultSort)).toBe("");
    expect(listQueryString({ q: " ", sort: "name", dir: "asc", cursor: null, before: false, mine: false }, opts.defaultSort)).toBe("");
  });

  it("round-trips through parseListParams", () => {
    const params = { q: "côté & co", sort: "city", dir: "desc" as const, cursor: "abc_-", before: true, mine: true, size: 50, start: 1 };
    const qs = listQueryString(params, opts.defaultSort);
    expect(qs.startsWith("?")).toBe(true);
    const search = Object.fromEntries(new URLSearchParams(qs.slice(1)));
    expect(parseListParams(search, opts)).toEqual({ params, refused: [] });
  });

  it("keeps a direction that differs from the default", () => {
    expect(listQueryString({ sort: "name", dir: "desc" }, opts.defaultSort)).toBe("?dir=desc");
    expect(listQueryString({ sort: "city", dir: "asc" }, opts.defaultSort)).toBe("?sort=city");
  });
});
