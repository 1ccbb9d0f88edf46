import { processCache } from "@/lib/process-cache";

describe("processCache", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 1_000));

  it("reads once within its time, again after it, and at once after invalidate()", async () => {
    let reads = 0;
    const kept = processCache(async () => ++reads, 10_000, now);
    expect(await kept.get()).toBe(1);
    clock += 9_999;
    expect(await kept.get()).toBe(1);
    clock += 2;
    expect(await kept.get()).toBe(2);
    kept.invalidate();
    expect(await kept.get()).toBe(3);
    expect(reads).toBe(3);
  });

  it("shares one read between callers who ask at the same time", async () => {
    let reads = 0;
    const kept = processCache(async () => ++reads, 10_000, now);
    expect(await Promise.all([kept.get(), kept.get(), kept.get()])).toEqual([1, 1, 1]);
  });

  it("does not keep a failed read", async () => {
    let reads = 0;
    const kept = processCache(async () => {
      reads++;
      if (reads === 1) throw new Error("database busy");
      return "ok";
    }, 10_000, now);
    await expect(kept.get()).rejects.toThrow("database busy");
    expect(await kept.get()).toBe("ok");
  });

  it("reads every time when its time is zero (Jest's integration tests)", async () => {
    let reads = 0;
    const kept = processCache(async () => ++reads, 0, now);
    await kept.get();
    await kept.get();
    expect(reads).toBe(2);
  });
});
