import { formatPhone } from "@/lib/records/display";

describe("formatPhone", () => {
  it.each([
    ["867-555-0123", "(867)\u00a0555\u20110123"],
    ["867 555 0123", "(867)\u00a0555\u20110123"],
    ["+1 867 555 0123", "(867)\u00a0555\u20110123"],
    ["(867) 555-0123", "(867)\u00a0555\u20110123"],
  ])("writes %s the same way", (typed, shown) => {
    expect(formatPhone(typed)).toBe(shown);
  });
  it.each(["+33 1 23 45 67 89", "867-555-0123 ext 12", "555-0123"])("keeps %s as typed", (typed) => {
    expect(formatPhone(typed)).toBe(typed);
  });
});
