/** @jest-environment node */
import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";

const HSTS = "max-age=63072000; includeSubDomains";
// Pages, dotted pages, the root's files, Next's files and the API: every address gets the headers.
const ADDRESSES = ["/", "/fr", "/fr/clients", "/fr/foo.bar", "/en/x.y.z", "/icon.svg", "/favicon.ico", "/_next/static/chunks/main.js", "/api/auth/session"];

async function withAppUrl<T>(appUrl: string | undefined, load: () => Promise<T>): Promise<T> {
  const saved = process.env.APP_URL;
  if (appUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = appUrl;
  jest.resetModules();
  try {
    return await load();
  } finally {
    if (saved === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = saved;
  }
}
// headers() reads APP_URL when Next.js calls it (at build), so the variable is set around the call.
const responseFor = (appUrl: string | undefined, url: string) =>
  withAppUrl(appUrl, async () => unstable_getResponseFromNextConfig({ url, nextConfig: (await import("@/next.config")).default }));

describe("static headers (next.config.ts)", () => {
  it.each(ADDRESSES)("are sent on %s, with HSTS when APP_URL is https", async (path) => {
    const res = await responseFor("https://crm.exemple.test", `https://crm.exemple.test${path}`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("strict-transport-security")).toBe(HSTS);
  });

  it.each([undefined, "http://localhost:3000"])("leave HSTS out when APP_URL is %s (a plain-http trial)", async (appUrl) => {
    const res = await responseFor(appUrl, "http://localhost:3000/fr");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

it("next.config.ts inlines the global error page's texts, and only those", async () => {
  const config = (await import("@/next.config")).default;
  const { ERROR_PAGE_MESSAGES } = await import("@/lib/i18n/error-page-messages");
  expect(config.env?.CRM_ERROR_PAGE_MESSAGES).toBe(ERROR_PAGE_MESSAGES);
  expect(Object.keys(JSON.parse(ERROR_PAGE_MESSAGES).fr)).toEqual(["title", "text", "reference", "retry", "goHome"]);
});

describe("middleware headers (CSP, no-store)", () => {
  const load = () => import("@/middleware");

  it.each(ADDRESSES.filter((p) => !p.startsWith("/_next/")))("runs on %s", async (path) => {
    const { config } = await load();
    expect(unstable_doesMiddlewareMatch({ config, url: path })).toBe(true);
  });

  it("leaves Next's own hashed files to the static headers", async () => {
    const { config } = await load();
    expect(unstable_doesMiddlewareMatch({ config, url: "/_next/static/chunks/main.js" })).toBe(false);
  });

  it.each(["/fr/foo.bar", "/fr/login", "/icon.svg", "/api/auth/session"])("sets a Content-Security-Policy on %s", async (path) => {
    const { default: middleware } = await load();
    const res = middleware(new NextRequest(`http://localhost:3000${path}`));
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("does not send the root's files through the locale redirect, and keeps them cacheable", async () => {
    const { default: middleware } = await load();
    const res = middleware(new NextRequest("http://localhost:3000/icon.svg"));
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("cache-control")).toBeNull();
  });

  it("keeps pages and the API out of caches", async () => {
    const { default: middleware } = await load();
    for (const path of ["/fr/foo.bar", "/api/auth/session"]) {
      expect(middleware(new NextRequest(`http://localhost:3000${path}`)).headers.get("cache-control")).toBe("private, no-store");
    }
  });
});

describe("session cookies (next-auth options)", () => {
  const optionsFor = (appUrl: string | undefined) =>
    withAppUrl(appUrl, async () => {
      process.env.NEXTAUTH_SECRET ??= "a-test-secret-that-is-at-least-32-chars";
      return (await import("@/lib/auth/options")).authOptions();
    });

  it("are Secure when APP_URL is https, whatever NEXTAUTH_URL says", async () => {
    const saved = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    try {
      expect((await optionsFor("https://crm.exemple.test")).useSecureCookies).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = saved;
    }
  });

  it("are not Secure on a plain-http trial, so that sign-in still works there", async () => {
    expect((await optionsFor("http://localhost:3000")).useSecureCookies).toBe(false);
    expect((await optionsFor(undefined)).useSecureCookies).toBe(false);
  });
});
