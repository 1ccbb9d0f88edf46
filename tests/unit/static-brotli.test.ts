/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { precompressStatic, staticBrotli } from "@/scripts/lib/static-brotli.mjs";

const SCRIPT = `console.log(${JSON.stringify("Aputi Qaqqaq ".repeat(200))});`;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "crm-brotli-"));
  mkdirSync(join(root, ".next", "static", "chunks"), { recursive: true });
  writeFileSync(join(root, ".next", "static", "chunks", "app.js"), SCRIPT);
  writeFileSync(join(root, ".next", "static", "chunks", "logo.png"), "not compressible");
  const headers = [{ source: "/:path*", regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  writeFileSync(join(root, ".next", "routes-manifest.json"), JSON.stringify({ headers }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Sent = { status: number; headers: Record<string, unknown>; body?: Buffer };
function call(handler: ReturnType<typeof staticBrotli>, url: string, acceptEncoding: string, method = "GET") {
  const sent: Sent = { status: 0, headers: {} };
  const res = {
    set statusCode(code: number) {
      sent.status = code;
    },
    setHeader: (key: string, value: unknown) => void (sent.headers[key.toLowerCase()] = value),
    end: (body?: Buffer) => void (sent.body = body),
  };
  const answered = handler({ method, url, headers: { "accept-encoding": acceptEncoding } } as never, res as never);
  return { answered, sent };
}

describe("brotli copies of the build's static files", () => {
  it("are written once, for scripts and style sheets only", () => {
    expect(precompressStatic(root)).toBe(1);
    expect(existsSync(join(root, ".next", "static", "chunks", "app.js.br"))).toBe(true);
    expect(existsSync(join(root, ".next", "static", "chunks", "logo.png.br"))).toBe(false);
    expect(precompressStatic(root)).toBe(0);
  });

  it("are sent to browsers that accept br, with the configured headers and a year of caching", () => {
    const { answered, sent } = call(staticBrotli(root), "/_next/static/chunks/app.js?v=1", "gzip, deflate, br, zstd");
    expect(answered).toBe(true);
    expect(sent.status).toBe(200);
    expect(sent.headers).toMatchObject({ "content-encoding": "br", "content-type": "application/javascript; charset=UTF-8", vary: "Accept-Encoding", "x-content-type-options": "nosniff", "cache-control": "public, max-age=31536000, immutable" });
    expect(brotliDecompressSync(sent.body!).toString()).toBe(SCRIPT);
    expect(sent.headers["content-length"]).toBe(sent.body!.length);
    expect(sent.body!.length).toBeLessThan(SCRIPT.length / 10);
  });

  it("leave everything else to Next: no br, br refused with q=0, other paths, other methods", () => {
    const handler = staticBrotli(root);
    expect(call(handler, "/_next/static/chunks/app.js", "gzip, deflate").answered).toBe(false);
    expect(call(handler, "/_next/static/chunks/app.js", "gzip, br;q=0").answered).toBe(false);
    expect(call(handler, "/_next/static/chunks/other.js", "br").answered).toBe(false);
    expect(call(handler, "/_next/static/chunks/../../routes-manifest.json", "br").answered).toBe(false);
    expect(call(handler, "/fr/clients", "br").answered).toBe(false);
    expect(call(handler, "/_next/static/chunks/app.js", "br", "POST").answered).toBe(false);
    const head = call(handler, "/_next/static/chunks/app.js", "br", "HEAD");
    expect(head.answered).toBe(true);
    expect(head.sent.body).toBeUndefined();
  });
});
