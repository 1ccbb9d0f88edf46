// Page weight of the client list in Chromium (Debian's, through playwright-core): bytes transferred (CDP Network's
// encoded sizes: compressed, headers included) on a first visit with an empty cache, then for an in-app move to
// the next page (the client-side navigation fetches only the server component payload), and the time until the
// list is usable — its rows shown and the search box accepting input — on a cold visit at 1 Mbit/s with 600 ms
// round trips.
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Cookies } from "./http";

export type PageWeight = { firstVisitKb: number; navigationKb: number; usableMs: number; loadMs: number; requests: number };

async function meter(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  let bytes = 0;
  let requests = 0;
  const pending = new Set<string>();
  let lastEvent = performance.now();
  cdp.on("Network.requestWillBeSent", (e: { requestId: string }) => {
    pending.add(e.requestId);
    lastEvent = performance.now();
  });
  cdp.on("Network.loadingFailed", (e: { requestId: string }) => {
    pending.delete(e.requestId);
    lastEvent = performance.now();
  });
  cdp.on("Network.loadingFinished", (e: { requestId: string; encodedDataLength: number }) => {
    pending.delete(e.requestId);
    lastEvent = performance.now();
    bytes += e.encodedDataLength;
    requests += 1;
  });
  return {
    cdp,
    /**
     * Until nothing has been in flight for `quietMs`. Playwright's « networkidle » cannot tell after a client-side
     * navigation: the page's load states were reached once, so waiting for them returns at once, before the
     * payload's last bytes (the figure then read 1 KB or 9 KB depending on timing).
     */
    settled: async (quietMs = 500) => {
      while (pending.size > 0 || performance.now() - lastEvent < quietMs) await new Promise((r) => setTimeout(r, 50));
    },
    take: () => {
      const out = { kb: bytes / 1024, requests };
      bytes = 0;
      requests = 0;
      return out;
    },
  };
}

async function context(browser: Awaited<ReturnType<typeof chromium.launch>>, port: number, jar: Cookies): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-CA" });
  await ctx.addCookies(jar.entries().map(([name, value]) => ({ name, value, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" as const })));
  return ctx;
}

export async function pageWeight(port: number, jar: Cookies, listPath: string): Promise<PageWeight> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const url = `http://127.0.0.1:${port}${listPath}`;
    const warm = await context(browser, port, jar);
    const page = await warm.newPage();
    const m = await meter(page);
    await page.goto(url, { waitUntil: "networkidle" });
    const first = m.take();
    // « Suivant »: a client-side navigation within the app.
    await page.locator('a[rel="next"]').first().click();
    await page.waitForURL(/cursor=/);
    await m.settled();
    const nav = m.take();
    await warm.close();

    const cold = await context(browser, port, jar);
    const slow = await cold.newPage();
    const s = await meter(slow);
    await s.cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 600, downloadThroughput: 125_000, uploadThroughput: 125_000 });
    const started = performance.now();
    const loaded = slow.waitForEvent("load").then(() => performance.now() - started);
    await slow.goto(url, { waitUntil: "commit" });
    await slow.locator("table tbody tr").first().waitFor({ state: "visible" });
    await slow.locator('input[name="q"]').first().waitFor({ state: "visible" });
    const usableMs = performance.now() - started;
    const loadMs = await loaded;
    await cold.close();
    return { firstVisitKb: first.kb, navigationKb: nav.kb, usableMs, loadMs, requests: first.requests };
  } finally {
    await browser.close();
  }
}
