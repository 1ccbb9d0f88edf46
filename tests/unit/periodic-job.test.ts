/** @jest-environment node */
import { startPeriodicJob } from "@/lib/periodic-job";

describe("startPeriodicJob", () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    (process.env as Record<string, string | undefined>).NODE_ENV = env;
    jest.useRealTimers();
  });

  it("does not start in tests", () => {
    expect(startPeriodicJob("t", 1000, jest.fn())).toBe(false);
  });

  it("runs at once and on each tick, never two passes at once, and survives a failed pass", async () => {
    jest.useFakeTimers();
    (process.env as Record<string, string | undefined>).NODE_ENV = "production";
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let release: () => void = () => undefined;
    const task = jest.fn()
      .mockImplementationOnce(() => new Promise<void>((resolve) => (release = resolve)))
      .mockRejectedValueOnce(new Error("base indisponible"))
      .mockResolvedValue(undefined);
    expect(startPeriodicJob("essai", 1000, task)).toBe(true);
    expect(task).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1000); // the first pass still runs: skipped
    expect(task).toHaveBeenCalledTimes(1);
    release();
    await jest.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith("[essai] pass failed; the next one tries again", expect.any(Error));
    await jest.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(3);
    jest.clearAllTimers();
    error.mockRestore();
  });
});
