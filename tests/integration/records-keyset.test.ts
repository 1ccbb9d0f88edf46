/** @jest-environment node */
import type { Prisma } from "@/generated/prisma/client";
import { setupTestDatabase } from "@/tests/helpers/integration";
import { decodeCursor, keysetQuery, pageFromRows, type ValueType } from "@/lib/records/keyset";

const getDb = setupTestDatabase();

type Row = { id: string; sortName: string; city: string | null; createdAt: Date };
type Sort = { column: "sortName" | "city" | "createdAt"; dir: "asc" | "desc"; valueType: ValueType; nullable: boolean };

let batch = 0;
/** Clients tagged with a fresh createdById so that each test sees only its own rows. */
async function makeClients(rows: { sortName: string; city?: string | null; createdAt?: Date }[]): Promise<string> {
  const tag = `keyset-${++batch}`;
  await getDb().client.createMany({
    data: rows.map((r) => ({ lastName: r.sortName, sortName: r.sortName, nameKey: r.sortName, city: r.city ?? null, createdById: tag, createdAt: r.createdAt })),
  });
  return tag;
}

async function fetchPage(tag: string, sort: Sort, cursor: string | null, before: boolean, take: number) {
  const q = keysetQuery<Prisma.ClientWhereInput, Prisma.ClientOrderByWithRelationInput>({ ...sort, cursor: decodeCursor(cursor), before, take });
  const rows: Row[] = await getDb().client.findMany({
    where: { AND: [{ createdById: tag }, q.where] },
    orderBy: q.orderBy,
    take: q.take,
    select: { id: true, sortName: true, city: true, createdAt: true },
  });
  return pageFromRows(rows, { column: sort.column, before: q.before, take, hadCursor: q.hadCursor, valueOf: (r) => r[sort.column] });
}

/** The whole list in one query, the order every walk must reproduce. */
async function fullOrder(tag: string, sort: Sort): Promise<string[]> {
  const q = keysetQuery<Prisma.ClientWhereInput, Prisma.ClientOrderByWithRelationInput>({ ...sort, cursor: null, before: false, take: 1000 });
  const rows = await getDb().client.findMany({ where: { createdById: tag }, orderBy: q.orderBy, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Walks forward to the end, then backward to the start; returns the ids seen each way, in display order. */
async function walk(tag: string, sort: Sort, take: number) {
  const forward: string[][] = [];
  let page = await fetchPage(tag, sort, null, false, take);
  expect(page.prevCursor).toBeNull();
  forward.push(page.rows.map((r) => r.id));
  while (page.nextCursor) {
    page = await fetchPage(tag, sort, page.nextCursor, false, take);
    expect(page.prevCursor).not.toBeNull();
    forward.push(page.rows.map((r) => r.id));
  }
  const backward: string[][] = [forward[forward.length - 1]];
  while (page.prevCursor) {
    page = await fetchPage(tag, sort, page.prevCursor, true, take);
    expect(page.nextCursor).not.toBeNull();
    backward.unshift(page.rows.map((r) => r.id));
  }
  return { forward, backward };
}

describe("keyset pagination on a real database", () => {
  it("walks 23 ties (plus neighbours) forward and back, every id once, in a stable order", async () => {
    const tag = await makeClients([
      { sortName: "cote marie" },
      ...Array.from({ length: 23 }, () => ({ sortName: "tremblay marie" })),
      { sortName: "roy jean" },
      { sortName: "zoe ada" },
    ]);
    for (const dir of ["asc", "desc"] as const) {
      const sort: Sort = { column: "sortName", dir, valueType: "string", nullable: false };
      const expected = await fullOrder(tag, sort);
      expect(expected).toHaveLength(26);
      const { forward, backward } = await walk(tag, sort, 5);
      expect(forward.map((p) => p.length)).toEqual([5, 5, 5, 5, 5, 1]);
      expect(forward.flat()).toEqual(expected);
      expect(new Set(forward.flat()).size).toBe(26);
      expect(backward).toEqual(forward);
    }
  });

  it("keeps nulls last on a nullable column, both directions and both ways", async () => {
    const cities = ["Iqaluit", null, "Rankin Inlet", null, "Iqaluit", "Arviat", null, "Cambridge Bay", "Iqaluit", null, "Arviat", "Pond Inlet"];
    const tag = await makeClients(cities.map((city, i) => ({ sortName: `client ${i}`, city })));
    for (const dir of ["asc", "desc"] as const) {
      const sort: Sort = { column: "city", dir, valueType: "string", nullable: true };
      const expected = await fullOrder(tag, sort);
      const byId = new Map((await getDb().client.findMany({ where: { createdById: tag } })).map((c) => [c.id, c.city]));
      const shown = expected.map((id) => byId.get(id));
      expect(shown.slice(-4)).toEqual([null, null, null, null]);
      expect(shown.slice(0, 8).every((c) => c !== null)).toBe(true);
      for (const take of [3, 5]) {
        const { forward, backward } = await walk(tag, sort, take);
        expect(forward.flat()).toEqual(expected);
        expect(backward).toEqual(forward);
      }
    }
  });

  it("pages on a date column with equal instants", async () => {
    const at = new Date("2026-03-01T12:00:00.000Z");
    const later = new Date("2026-03-02T12:00:00.000Z");
    const tag = await makeClients(Array.from({ length: 7 }, (_, i) => ({ sortName: `d${i}`, createdAt: i % 3 === 0 ? later : at })));
    const sort: Sort = { column: "createdAt", dir: "desc", valueType: "date", nullable: false };
    const { forward, backward } = await walk(tag, sort, 2);
    expect(forward.flat()).toEqual(await fullOrder(tag, sort));
    expect(backward).toEqual(forward);
  });

  it("treats a forged cursor as the first page", async () => {
    const tag = await makeClients([{ sortName: "a" }, { sortName: "b" }]);
    const sort: Sort = { column: "sortName", dir: "asc", valueType: "string", nullable: false };
    const forged = Buffer.from(JSON.stringify({ v: 12, id: "x" })).toString("base64url");
    const page = await fetchPage(tag, sort, forged, true, 5);
    expect(page.rows.map((r) => r.sortName)).toEqual(["a", "b"]);
    expect(page.prevCursor).toBeNull();
    expect(page.nextCursor).toBeNull();
  });
});
