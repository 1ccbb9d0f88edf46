import { expect, test } from "@playwright/test";

test("every address carries the security headers: pages, dotted paths, root files, Next's files, the API", async ({ request }) => {
  const login = await request.get("/fr/login");
  const script = /\/_next\/static\/[^"]+?\.js/.exec(await login.text())?.[0];
  expect(script).toBeTruthy();
  for (const path of ["/fr/login", "/fr/foo.bar", "/fr/clients", "/icon.svg", "/api/auth/csrf"]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect([path, headers["content-security-policy"]]).toEqual([path, expect.stringContaining("frame-ancestors 'none'")]);
    expect([path, headers["x-content-type-options"]]).toEqual([path, "nosniff"]);
  }
  const file = (await request.get(script!)).headers();
  expect(file["x-content-type-options"]).toBe("nosniff");
  expect(file["x-frame-options"]).toBe("DENY");
});
