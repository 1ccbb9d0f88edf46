// The operations over HTTP against the production server, signed in: the same list, searches and details as the
// in-process layers, and « Mon profil » as the framework's floor (a signed-in page that reads almost nothing).
// Then the kiosk: registration POSTs 4 and 16 at a time, then mixed with list load.
import { randomUUID } from "node:crypto";
import type { Loaded } from "./load";
import { listQuery } from "./data-layer";
import { FILTER, searches } from "./ops";
import { concurrent, paced, timed } from "./measure";
import { request, type Cookies } from "./http";
import { summarize, type Summary } from "./stats";

export type HttpFigures = { ops: Record<string, { http: Summary; htmlKb: number; gzipKb: number; typed?: { http: Summary; gzipKb: number } }>; kiosk: KioskFigures };
export type KioskFigures = { c4: Rate; c16: Rate; mixed: Rate & { listAlone: Summary; listUnderLoad: Summary }; visits: number; expectedVisits: number };
type Rate = { perSecond: number; errors: number; summary: Summary };

export async function httpOps(port: number, jar: Cookies, loaded: Loaded, page200Start: { sortName: string; id: string } | null, samples: number, warmup: number, log: (l: string) => void): Promise<HttpFigures> {
  const headers = { cookie: jar.header(), accept: "text/html", "accept-encoding": "gzip" };
  const base = `/fr/clients?${listQuery(FILTER)}`;
  const paths: [string, string][] = [
    ["profile", "/fr/profile"],
    ["list.page1", base],
    ["list.page200", page200Start ? `${base}&cursor=${Buffer.from(JSON.stringify({ v: page200Start.sortName, id: page200Start.id })).toString("base64url")}` : base],
    ...searches(loaded).map((s): [string, string] => [s.key, `/fr/clients?q=${encodeURIComponent(s.q)}`]),
    ["detail.client", `/fr/clients/${loaded.sampleClientId}`],
    ["detail.heavy", `/fr/clients/${loaded.heavyClientId}`],
  ];
  const ops: HttpFigures["ops"] = {};
  for (const [key, path] of paths) {
    const t = await timed(async () => {
      const r = await request(port, path, { headers });
      if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
      return r;
    }, samples, warmup);
    ops[key] = { http: t.summary, htmlKb: t.last.body.length / 1024, gzipKb: t.last.wire / 1024 };
    log(`http ${key}: p50 ${t.summary.p50.toFixed(1)} ms, p95 ${t.summary.p95.toFixed(1)} ms, ${(t.last.wire / 1024).toFixed(0)} kB gzip`);
  }
  for (const s of searches(loaded)) {
    const typed = await typedSearch(port, jar, s.q, samples, warmup);
    ops[s.key].typed = typed;
    log(`http ${s.key} as typed: p50 ${typed.http.p50.toFixed(1)} ms, p95 ${typed.http.p95.toFixed(1)} ms, ${typed.gzipKb.toFixed(0)} kB gzip`);
  }
  return { ops, kiosk: await kiosk(port, headers, base, samples, log) };
}

/**
 * The router state a browser showing the client list sends with a soft navigation: the tree of
 * app/[locale]/(app)/[module] and its « modal » slot. Next then renders only the page segment below the layout.
 */
const LIST_ROUTER_STATE = encodeURIComponent(
  JSON.stringify(["", { children: [["locale", "fr", "d", null], { children: ["(app)", { children: [["module", "clients", "d", null], { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0], modal: ["__DEFAULT__", {}, null, null, 0] }, null, null, 0] }, null, null, 16] }, null, null, 16]),
);

/**
 * A search as staff type it in the list's search box once scripts have loaded: the box pushes
 * /fr/clients?q=…&sort=name&dir=asc to the router, which fetches the new page segment (RSC) rather than a document.
 * The first answer is Next's redirect to the address with its cache-busting `_rsc` parameter, as a browser's is.
 */
async function typedSearch(port: number, jar: Cookies, q: string, samples: number, warmup: number): Promise<{ http: Summary; gzipKb: number }> {
  const headers = { cookie: jar.header(), rsc: "1", "next-router-state-tree": LIST_ROUTER_STATE, "next-url": "/fr/clients", "accept-encoding": "gzip" };
  const first = await request(port, `/fr/clients?q=${encodeURIComponent(q)}&sort=name&dir=asc`, { headers });
  const path = first.status === 307 && typeof first.headers.location === "string" ? first.headers.location : null;
  if (!path?.includes("_rsc=")) throw new Error(`the search's soft navigation answered ${first.status} (location ${String(first.headers.location)})`);
  const t = await timed(async () => {
    const r = await request(port, path, { headers });
    if (r.status !== 200 || !String(r.headers["content-type"]).startsWith("text/x-component")) throw new Error(`${path} answered ${r.status} ${String(r.headers["content-type"])}`);
    // The layout's skip link: present only when Next re-rendered the whole tree (a router state it did not know).
    if (r.body.includes('"href":"#main"')) throw new Error(`${path} re-rendered the layout: the router state is not the list's`);
    return r;
  }, samples, warmup);
  return { http: t.summary, gzipKb: t.last.wire / 1024 };
}

/**
 * Registration POSTs as the kiosk page's script sends them: 4 and 16 at a time (throughput), then 30 a second while
 * the client list is timed. Each carries its own X-Forwarded-For (the server runs
 * with TRUST_PROXY=1 for the bench), which lifts the per-address limit without touching it; one in five is sent
 * twice at once with the same idempotency key (a double tap), which must record one visit.
 */
/** Registrations per second sent while the list is timed: the kiosk's own target rate. */
export const KIOSK_RATE = 30;

async function kiosk(port: number, headers: Record<string, string>, listPath: string, samples: number, log: (l: string) => void): Promise<KioskFigures> {
  let sent = 0;
  const keys = new Set<string>();
  const post = async (i: number) => {
    sent += 1;
    const key = i % 5 === 0 && i > 0 ? [...keys][keys.size - 1] : randomUUID();
    keys.add(key);
    const body = new URLSearchParams({ firstName: "Visiteur", lastName: `Banc-${i % 97}`, email: `visiteur.${i % 97}@exemple.test`, phone: "", language: "fr", reason: "emploi", comment: "", consent: "yes", idempotencyKey: key, locale: "fr", website: "" }).toString();
    const r = await request(port, "/api/registration", {
      method: "POST",
      sockets: 16,
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", "x-forwarded-for": `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`, "content-length": String(Buffer.byteLength(body)) },
      body,
    });
    if (r.status !== 200) throw new Error(`registration answered ${r.status}: ${r.body.toString("utf8").slice(0, 200)}`);
  };
  const rate = (r: Awaited<ReturnType<typeof concurrent>>): Rate => ({ perSecond: r.perSecond, errors: r.results.filter((x) => x.status === "rejected").length, summary: r.summary });
  const firstError = (r: Awaited<ReturnType<typeof concurrent>>) => r.results.find((x): x is PromiseRejectedResult => x.status === "rejected")?.reason;
  const c4 = await concurrent(post, 100, 4);
  const c16 = await concurrent(post, 200, 16);
  if (firstError(c4) ?? firstError(c16)) log(`kiosk error: ${String(firstError(c4) ?? firstError(c16))}`);

  const list = () => request(port, listPath, { headers });
  const alone = await timed(list, samples, 2);
  let stop = false;
  const listLoad = (async () => {
    const times: number[] = [];
    while (!stop) times.push((await list()).ms);
    return times;
  })();
  // The kiosk at the throughput target, 30 registrations a second (an office sees a few an hour): flat out,
  // on the server's one thread, every list request would wait behind the kiosk's queue whatever either costs.
  const mixed = await paced(post, 300, KIOSK_RATE);
  stop = true;
  const underLoad = summarize(await listLoad);
  log(`kiosk: ${c4.perSecond.toFixed(0)} req/s at 4, ${c16.perSecond.toFixed(0)} at 16, ${mixed.perSecond.toFixed(0)} mixed; list p95 ${alone.summary.p95.toFixed(0)} → ${underLoad.p95.toFixed(0)} ms`);
  return { c4: rate(c4), c16: rate(c16), mixed: { ...rate(mixed), listAlone: alone.summary, listUnderLoad: underLoad }, visits: 0, expectedVisits: keys.size };
}
