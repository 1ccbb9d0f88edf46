import { f } from "@/lib/records/zod-fields";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { z } from "zod";

describe("f.date", () => {
  const schema = z.object({ birthDate: f.date() }).strict();

  it.each(["2024-02-29", "1987-12-31", "2026-01-01", "  2025-06-15 "])("accepts the calendar date %p", (value) => {
    expect(schema.parse({ birthDate: value })).toEqual({ birthDate: value.trim() });
  });

  it("stores an empty date as null", () => {
    expect(schema.parse({ birthDate: "" })).toEqual({ birthDate: null });
    expect(schema.parse({})).toEqual({ birthDate: null });
  });

  it.each(["2025-13-45", "2025-02-30", "2023-02-29", "2025-00-10", "2025-04-31", "2025-1-5", "15/06/2025", "abcd-ef-gh", "2025-06-15T00"])(
    "refuses %p with the translated date message, without throwing",
    (value) => {
      const parsed = schema.safeParse({ birthDate: value });
      expect(parsed.success).toBe(false);
      expect(fieldErrorsOf(parsed.error!)).toEqual({ birthDate: expect.objectContaining({ key: expect.stringMatching(/^validation\.(date|tooLong)$/) }) });
    },
  );

  it("says « date » for an impossible month and day", () => {
    const parsed = schema.safeParse({ birthDate: "2025-13-45" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ birthDate: { key: "validation.date" } });
  });
});
