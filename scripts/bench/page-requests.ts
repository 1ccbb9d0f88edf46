// What the first visit of a page weighs, request by request: the same measure as page-weight.ts (CDP's encoded
// sizes, empty cache, signed in, until the network is idle), listed heaviest first with each request's decoded
// size, so that a change to the client bundle can be checked chunk by chunk.
// Usage, against a server already running (e.g. one kept by `BENCH_KEEP=1 npm run bench -- --smoke --http`):
//   BENCH_PORT=3514 CRM_ADMIN_EMAIL=… CRM_ADMIN_PASSWORD=… npx tsx scripts/bench/page-requests.ts [/fr/clients?…]
import { chromium } from "playwright-core";
import { signIn } from "./http";

type Row = { url: string; type: string; wire: number; decoded: number };

async function main() {
  const port = Number(process.env.BENCH_PORT ?? 3414);
  const email = process.env.CRM_ADMIN_EMAIL;
  const password = process.env.CRM_ADMIN_PASSWORD;
  if (!email || !password) throw new Error("CRM_ADMIN_EMAIL and CRM_ADMIN_PASSWORD name the account to sign in with");
  const path = process.argv[2] ?? "/fr/clients?fileStatus=open&clientStatus=jobSeeker";
  const jar = await signIn(port, email, password);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-CA" });
    await ctx.addCookies(jar.entries().map(([name, value]) => ({ name, value, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" as const })));
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Network.enable");
    const seen = new Map<string, Row>();
    cdp.on("Network.responseReceived", (e: { requestId: string; type: string; response: { url: string } }) => {
      seen.set(e.requestId, { url: e.response.url, type: e.type, wire: 0, decoded: 0 });
    });
    cdp.on("Network.dataReceived", (e: { requestId: string; dataLength: number }) => {
      const row = seen.get(e.requestId);
      if (row) row.decoded += e.dataLength;
    });
    cdp.on("Network.loadingFinished", (e: { requestId: string; encodedDataLength: number }) => {
      const row = seen.get(e.requestId);
      if (row) row.wire = e.encodedDataLength;
    });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
    const rows = [...seen.values()].sort((a, b) => b.wire - a.wire);
    const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
    for (const r of rows) console.log(`${kb(r.wire)} KB  ${kb(r.decoded)} KB decoded  ${r.type.padEnd(10)} ${r.url.replace(`http://127.0.0.1:${port}`, "")}`);
    const total = rows.reduce((s, r) => s + r.wire, 0);
    console.log(`${kb(total)} KB in ${rows.length} requests`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
