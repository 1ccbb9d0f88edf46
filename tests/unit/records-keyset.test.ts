/** @jest-environment node */
import { decodeCursor, encodeCursor, keysetQuery, pageFromRows } from "@/lib/records/keyset";

describe("cursors", () => {
  it("round-trip every value kind", () => {
    for (const v of ["côté tremblay", "", 42, -1.5, true, false, null, "2026-01-02T03:04:05.000Z"]) {
      const s = encodeCursor({ v, id: "ck123" });
      expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(s)).toEqual({ v, id: "ck123" });
    }
  });

  it("refuse garbage, other shapes and oversized input", () => {
    const b64 = (x: unknown) => Buffer.from(JSON.stringify(x)).toString("base64url");
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("")).toBeNull();
    expect(decodeCursor("not a cursor!")).toBeNull();
    expect(decodeCursor("e30")).toBeNull(); // {}
    expect(decodeCursor(Buffer.from("{not json").toString("base64url"))).toBeNull();
    expect(decodeCursor(b64({ v: { $gt: "" }, id: "x" }))).toBeNull();
    expect(decodeCursor(b64({ v: "a", id: "" }))).toBeNull();
    expect(decodeCursor(b64({ v: "a", id: "x", extra: 1 }))).toBeNull();
    expect(decodeCursor(b64({ v: "a", id: 5 }))).toBeNull();
    expect(decodeCursor("A".repeat(501))).toBeNull();
  });
});

describe("keysetQuery", () => {
  const base = { column: "sortName", dir: "asc" as const, valueType: "string" as const, nullable: false, before: false, take: 50 };

  it("orders by column then id and asks for one extra row", () => {
    expect(keysetQuery({ ...base, cursor: null })).toEqual({
      where: {},
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      take: 51,
      before: false,
      hadCursor: false,
    });
  });

  it("continues after the cursor, ties broken by id", () => {
    const q = keysetQuery({ ...base, cursor: { v: "cote", id: "c1" } });
    expect(q.where).toEqual({ AND: [{ sortName: { gte: "cote" } }, { OR: [{ sortName: { gt: "cote" } }, { id: { gt: "c1" } }] }] });
    expect(q.hadCursor).toBe(true);
    const desc = keysetQuery({ ...base, dir: "desc", cursor: { v: "cote", id: "c1" } });
    expect(desc.where).toEqual({ AND: [{ sortName: { lte: "cote" } }, { OR: [{ sortName: { lt: "cote" } }, { id: { lt: "c1" } }] }] });
    expect(desc.orderBy).toEqual([{ sortName: "desc" }, { id: "desc" }]);
  });

  it("pages backwards with the order and comparisons reversed", () => {
    const q = keysetQuery({ ...base, before: true, cursor: { v: "cote", id: "c1" } });
    expect(q.orderBy).toEqual([{ sortName: "desc" }, { id: "desc" }]);
    expect(q.where).toEqual({ AND: [{ sortName: { lte: "cote" } }, { OR: [{ sortName: { lt: "cote" } }, { id: { lt: "c1" } }] }] });
    expect(q.before).toBe(true);
  });

  it("names the constant columns first, in the direction the page is read", () => {
    const live = { ...base, constant: ["deletedAt"] };
    expect(keysetQuery({ ...live, cursor: null }).orderBy).toEqual([{ deletedAt: "asc" }, { sortName: "asc" }, { id: "asc" }]);
    const back = keysetQuery({ ...live, before: true, cursor: { v: "cote", id: "c1" } });
    expect(back.orderBy).toEqual([{ deletedAt: "desc" }, { sortName: "desc" }, { id: "desc" }]);
    expect(back.where).toEqual({ AND: [{ sortName: { lte: "cote" } }, { OR: [{ sortName: { lt: "cote" } }, { id: { lt: "c1" } }] }] });
  });

  it("keeps nulls last on a nullable column, in both directions", () => {
    const n = { ...base, column: "city", nullable: true };
    const fwd = keysetQuery({ ...n, cursor: { v: "iqaluit", id: "c1" } });
    expect(fwd.orderBy).toEqual([{ city: { sort: "asc", nulls: "last" } }, { id: "asc" }]);
    expect(fwd.where).toEqual({ OR: [{ city: { gt: "iqaluit" } }, { city: "iqaluit", id: { gt: "c1" } }, { city: null }] });
    expect(keysetQuery({ ...n, cursor: { v: null, id: "c1" } }).where).toEqual({ city: null, id: { gt: "c1" } });

    const back = keysetQuery({ ...n, before: true, cursor: { v: "iqaluit", id: "c1" } });
    expect(back.orderBy).toEqual([{ city: { sort: "desc", nulls: "first" } }, { id: "desc" }]);
    expect(back.where).toEqual({ OR: [{ city: { lt: "iqaluit" } }, { city: "iqaluit", id: { lt: "c1" } }] });
    expect(keysetQuery({ ...n, before: true, cursor: { v: null, id: "c1" } }).where).toEqual({
      OR: [{ city: { not: null } }, { city: null, id: { lt: "c1" } }],
    });

    const desc = keysetQuery({ ...n, dir: "desc", cursor: { v: "iqaluit", id: "c1" } });
    expect(desc.orderBy).toEqual([{ city: { sort: "desc", nulls: "last" } }, { id: "desc" }]);
    expect(desc.where).toEqual({ OR: [{ city: { lt: "iqaluit" } }, { city: "iqaluit", id: { lt: "c1" } }, { city: null }] });
  });

  it("turns date cursors back into dates", () => {
    const q = keysetQuery({ ...base, column: "createdAt", valueType: "date", dir: "desc", cursor: { v: "2026-01-02T03:04:05.000Z", id: "c1" } });
    expect(q.where).toEqual({
      AND: [
        { createdAt: { lte: new Date("2026-01-02T03:04:05.000Z") } },
        { OR: [{ createdAt: { lt: new Date("2026-01-02T03:04:05.000Z") } }, { id: { lt: "c1" } }] },
      ],
    });
  });

  it("falls back to the first page for a cursor of the wrong type", () => {
    for (const cursor of [
      { v: 5, id: "c1" },
      { v: null, id: "c1" },
    ]) {
      const q = keysetQuery({ ...base, before: true, cursor });
      expect(q).toMatchObject({ where: {}, hadCursor: false, before: false, orderBy: [{ sortName: "asc" }, { id: "asc" }] });
    }
    expect(keysetQuery({ ...base, valueType: "date", cursor: { v: "yesterday", id: "c1" } }).hadCursor).toBe(false);
  });
});

describe("pageFromRows", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `id${i}`, sortName: `n${i}` }));
  const opts = { column: "sortName", take: 3, valueOf: (r: { sortName: string }) => r.sortName };

  it("first page: next cursor, no previous", () => {
    const page = pageFromRows(rows(4), { ...opts, before: false, hadCursor: false });
    expect(page.rows.map((r) => r.id)).toEqual(["id0", "id1", "id2"]);
    expect(decodeCursor(page.nextCursor)).toEqual({ v: "n2", id: "id2" });
    expect(page.prevCursor).toBeNull();
  });

  it("last page: previous cursor, no next", () => {
    const page = pageFromRows(rows(2), { ...opts, before: false, hadCursor: true });
    expect(page.nextCursor).toBeNull();
    expect(decodeCursor(page.prevCursor)).toEqual({ v: "n0", id: "id0" });
  });

  it("backwards: rows back in display order, no previous at the start", () => {
    const back = [{ id: "b", sortName: "2" }, { id: "a", sortName: "1" }];
    const page = pageFromRows(back, { ...opts, before: true, hadCursor: true });
    expect(page.rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(page.prevCursor).toBeNull();
    expect(decodeCursor(page.nextCursor)).toEqual({ v: "2", id: "b" });
  });

  it("uses valueOf and writes dates as ISO strings", () => {
    const at = new Date("2026-05-06T07:08:09.000Z");
    const page = pageFromRows([{ id: "x", createdAt: at }, { id: "y", createdAt: at }], {
      column: "createdAt",
      take: 1,
      before: false,
      hadCursor: false,
      valueOf: (r) => r.createdAt,
    });
    expect(decodeCursor(page.nextCursor)).toEqual({ v: "2026-05-06T07:08:09.000Z", id: "x" });
  });

  it("refuses to run without valueOf rather than use Object.prototype.valueOf", () => {
    const bad = { column: "sortName", take: 1, before: false, hadCursor: false } as unknown as Parameters<typeof pageFromRows>[1];
    expect(() => pageFromRows(rows(2), bad)).toThrow(TypeError);
  });
});

describe("keysetQuery on a boolean column", () => {
  const base = { column: "cvUpToDate", valueType: "boolean" as const, nullable: false, take: 5 };
  it("compares by equality only (Prisma has no gt on booleans)", () => {
    const fromFalse = keysetQuery({ ...base, dir: "asc", before: false, cursor: { v: false, id: "c1" } });
    expect(fromFalse.where).toEqual({ OR: [{ cvUpToDate: true }, { cvUpToDate: false, id: { gt: "c1" } }] });
    const fromTrue = keysetQuery({ ...base, dir: "asc", before: false, cursor: { v: true, id: "c1" } });
    expect(fromTrue.where).toEqual({ OR: [{ cvUpToDate: true, id: { gt: "c1" } }] });
    const backFromTrue = keysetQuery({ ...base, dir: "asc", before: true, cursor: { v: true, id: "c1" } });
    expect(backFromTrue.where).toEqual({ OR: [{ cvUpToDate: false }, { cvUpToDate: true, id: { lt: "c1" } }] });
  });
});
