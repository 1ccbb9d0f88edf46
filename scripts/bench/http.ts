// The HTTP driver: starts the production server (`node scripts/start.mjs`, which builds first when the build is
// stale) on 127.0.0.1 against the bench database, signs in the way a browser does before scripts load, and times
// requests over a keep-alive connection.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import http from "node:http";
import { gunzipSync } from "node:zlib";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; wire: number; ms: number };

const agents = new Map<number, http.Agent>();
const agentFor = (sockets: number) => agents.get(sockets) ?? agents.set(sockets, new http.Agent({ keepAlive: true, maxSockets: sockets })).get(sockets)!;

export function destroyAgents() {
  for (const a of agents.values()) a.destroy();
  agents.clear();
}

export function request(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; sockets?: number } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request({ host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: opts.headers, agent: agentFor(opts.sockets ?? 1) }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const elapsed = performance.now() - started;
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, wire: raw.length, ms: elapsed });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

export class Cookies {
  private jar = new Map<string, string>();
  take(setCookie: readonly string[]) {
    for (const c of setCookie) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      this.jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string) {
    return this.jar.has(name);
  }
  entries() {
    return [...this.jar];
  }
}

const decodeHtml = (s: string) => s.replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

/** React's hidden action fields of the first form of a page (a server-action form that works without scripts). */
export function actionFields(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(([, name, value]) => [name, decodeHtml(value ?? "")]);
}

/** Reads the login page's form, posts it with the e-mail and password, and keeps the session cookie. */
export async function signIn(port: number, email: string, password: string): Promise<Cookies> {
  const jar = new Cookies();
  const html = await (await fetch(`http://127.0.0.1:${port}/fr/login`)).text();
  const form = new FormData();
  for (const [name, value] of actionFields(html)) form.append(name, value);
  form.append("email", email);
  form.append("password", password);
  const res = await fetch(`http://127.0.0.1:${port}/fr/login`, { method: "POST", body: form, redirect: "manual" });
  jar.take(res.headers.getSetCookie());
  if (!jar.has("next-auth.session-token")) throw new Error(`sign-in failed (HTTP ${res.status}): ${(await res.text()).slice(0, 200)}`);
  return jar;
}

/** The « Suivant » link of a list page (rel="next"). */
export function nextHref(html: string): string | null {
  for (const m of html.matchAll(/<a\b[^>]*>/g)) {
    if (!/\brel="next"/.test(m[0])) continue;
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) return decodeHtml(href[1]);
  }
  return null;
}

export function tail(path: string, lines = 40): string {
  try {
    return readFileSync(path, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server log)";
  }
}

/** Starts the app in its own process group and waits until the login page answers (10 minutes at most, a build included). */
export async function startApp(opts: { port: number; url: string; dataDir: string; logFile: string; env?: Record<string, string>; log: (line: string) => void }): Promise<ChildProcess> {
  const start = () => {
    const out = openSync(opts.logFile, "w");
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      env: {
        ...process.env,
        NODE_OPTIONS: (process.env.NODE_OPTIONS ?? "").replace(/(--conditions[= ]|-C ?)react-server/g, "").trim(),
        PORT: String(opts.port),
        HOST: "127.0.0.1",
        DATABASE_URL: opts.url,
        CRM_DATA_DIR: opts.dataDir,
        APP_URL: `http://127.0.0.1:${opts.port}`,
        NEXTAUTH_URL: `http://127.0.0.1:${opts.port}`,
        ...opts.env,
      },
      stdio: ["ignore", out, out],
      detached: true, // its own process group, so that `next start` goes down with it
    });
    closeSync(out);
    return child;
  };
  let server = start();
  const deadline = performance.now() + 10 * 60_000;
  for (;;) {
    if (server.exitCode !== null) {
      const text = readFileSync(opts.logFile, "utf8");
      if (text.includes("Another next build process is already running") && performance.now() < deadline) {
        opts.log("another `next build` is running in this checkout; waiting for it to finish…");
        await new Promise((r) => setTimeout(r, 15_000));
        server = start();
        continue;
      }
      throw new Error(`the app exited with code ${server.exitCode}:\n${tail(opts.logFile)}`);
    }
    if (performance.now() > deadline) throw new Error(`the app did not answer within 10 minutes:\n${tail(opts.logFile)}`);
    try {
      if ((await request(opts.port, "/fr/login")).status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function stopApp(child: ChildProcess | null) {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  try {
    process.kill(-child.pid, "SIGTERM"); // the group: the start script and the `next start` it spawned
  } catch {
    return;
  }
  if ((await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000, "timeout"))])) === "timeout") {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
}
