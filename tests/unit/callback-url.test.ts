import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths", () => {
    expect(safeCallbackUrl("/fr/clients?q=cote", "/fr")).toBe("/fr/clients?q=cote");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/fr\n/x", "/api/auth/signout", "", null, undefined])(
    "refuses %p",
    (value) => {
      expect(safeCallbackUrl(value as string, "/fr")).toBe("/fr");
    },
  );
});
