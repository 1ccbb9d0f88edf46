/** @jest-environment node */
jest.mock("server-only", () => ({}));
const engine = { postgres: false };
jest.mock("@/lib/records/engine", () => ({ isPostgres: () => engine.postgres }));

import { inTurn } from "@/lib/kiosk/turns";

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("kiosk registrations take turns on SQLite", () => {
  it("runs one at a time, in arrival order, and a failed one does not hold up the next", async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const work = (i: number, ms: number, fail = false) => async () => {
      running += 1;
      most = Math.max(most, running);
      await later(ms);
      running -= 1;
      order.push(i);
      if (fail) throw new Error(`registration ${i} failed`);
      return i;
    };
    const results = await Promise.allSettled([inTurn(work(1, 30)), inTurn(work(2, 5, true)), inTurn(work(3, 1)), inTurn(work(4, 10))]);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(most).toBe(1);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
  });

  it("lets work already queued run before a registration starts", async () => {
    const seen: string[] = [];
    const registration = inTurn(async () => seen.push("registration"));
    // A page's step queued after the registration was asked for still runs first.
    setImmediate(() => seen.push("page"));
    await registration;
    expect(seen).toEqual(["page", "registration"]);
  });

  it("runs them side by side on PostgreSQL", async () => {
    engine.postgres = true;
    let running = 0;
    let most = 0;
    const work = async () => {
      running += 1;
      most = Math.max(most, running);
      await later(10);
      running -= 1;
    };
    await Promise.all([inTurn(work), inTurn(work), inTurn(work)]);
    expect(most).toBe(3);
    engine.postgres = false;
  });
});
