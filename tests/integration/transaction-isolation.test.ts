/** @jest-environment node */
// One request's interactive transaction, open across its awaits, and another request's queries meanwhile: the
// other request neither sees the open transaction's rows nor loses its own write when that transaction rolls back.
// On SQLite the server writes through one connection and reads beside a transaction through a second, read-only
// one (lib/sqlite-transactions.ts); PostgreSQL gives each transaction its own.
import { createTestDatabase } from "@/tests/helpers/test-db";
import type { Db } from "@/lib/db-client";

let db: Db;
let cleanup: () => Promise<void>;
let userId: string;

beforeAll(async () => {
  ({ db, cleanup } = await createTestDatabase());
  userId = (await db.user.create({ data: { email: "nuka.aqqiaruq@exemple.test", name: "Nuka Aqqiaruq", passwordHash: "x" } })).id;
});
afterAll(() => cleanup());

/** A transaction that writes `recordId`, waits until `release` resolves, then fails (and so rolls back). */
function failingTransaction(recordId: string, release: Promise<void>) {
  let written!: () => void;
  const wrote = new Promise<void>((resolve) => (written = resolve));
  const done = db
    .$transaction(async (tx) => {
      await tx.favorite.create({ data: { userId, module: "clients", recordId } });
      written();
      await release;
      throw new Error("refused after writing");
    })
    .then(
      () => "committed",
      (error: Error) => error.message,
    );
  return { wrote, done };
}

const favorite = (recordId: string) => db.favorite.findFirst({ where: { userId, recordId } });

it("keeps a write made outside while another transaction is open, once that transaction rolls back", async () => {
  let release!: () => void;
  const tx = failingTransaction("rolled-back", new Promise((resolve) => (release = resolve)));
  await tx.wrote;
  const outside = db.favorite.create({ data: { userId, module: "clients", recordId: "saved-meanwhile" } });
  setTimeout(release, 50);
  await outside;
  expect(await tx.done).toBe("refused after writing");
  expect(await favorite("saved-meanwhile")).not.toBeNull();
  expect(await favorite("rolled-back")).toBeNull();
});

it("answers another request's reads beside an open transaction, without its uncommitted rows", async () => {
  let release!: () => void;
  const tx = failingTransaction("uncommitted", new Promise((resolve) => (release = resolve)));
  await tx.wrote;
  // Not waiting for the transaction: the read answers while it is still open.
  const seen = await Promise.race([favorite("uncommitted").then((f) => ({ found: f !== null })), new Promise((resolve) => setTimeout(resolve, 3000, "waited"))]);
  release();
  expect(seen).toEqual({ found: false });
  expect(await tx.done).toBe("refused after writing");
});

it("lets a transaction's callback query through the client without waiting for itself", async () => {
  const found = await db.$transaction(async (tx) => {
    await tx.favorite.create({ data: { userId, module: "clients", recordId: "inside" } });
    return db.user.findUnique({ where: { id: userId }, select: { name: true } });
  });
  expect(found?.name).toBe("Nuka Aqqiaruq");
  expect(await favorite("inside")).not.toBeNull();
});

it("runs transactions one after the other, each seeing the one before", async () => {
  const bump = (recordId: string) =>
    db.$transaction(async (tx) => {
      const n = await tx.favorite.count({ where: { userId, module: "notes" } });
      await new Promise((r) => setTimeout(r, 5));
      await tx.favorite.create({ data: { userId, module: "notes", recordId: `${recordId}-${n}` } });
    });
  const settled = await Promise.allSettled(["a", "b", "c"].map(bump));
  const names = (await db.favorite.findMany({ where: { userId, module: "notes" }, select: { recordId: true } })).map((f) => f.recordId.split("-")[1]).sort();
  // SQLite: one at a time, so each counted the ones before (0, 1, 2). PostgreSQL at READ COMMITTED may count the
  // same number twice; what both must do is lose nothing that reported success.
  expect(names.length).toBe(settled.filter((s) => s.status === "fulfilled").length);
  if (!process.env.TEST_POSTGRES_URL) expect(names).toEqual(["0", "1", "2"]);
});

it("makes work a callback left for later wait its turn like any outside query", async () => {
  let later!: Promise<unknown>;
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  await db.$transaction(async (tx) => {
    await tx.favorite.create({ data: { userId, module: "clients", recordId: "committed-first" } });
    later = fired.then(() => db.favorite.create({ data: { userId, module: "clients", recordId: "scheduled" } }));
  });
  let release!: () => void;
  const tx = failingTransaction("open-when-scheduled-runs", new Promise((resolve) => (release = resolve)));
  await tx.wrote;
  fire();
  setTimeout(release, 50);
  await later;
  expect(await tx.done).toBe("refused after writing");
  expect(await favorite("scheduled")).not.toBeNull();
});
