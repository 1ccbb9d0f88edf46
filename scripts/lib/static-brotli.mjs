// Next's own hashed files (/_next/static: the scripts and the style sheet) served brotli-compressed. `next start`
// only gzips, on the fly; brotli at its highest level is about 14 % smaller on these files, and they never change
// once built, so each is compressed once, right after the build (`precompressStatic`), and sent as is to browsers
// that accept it (every current one). Anything else — other encodings, other paths, a file without its .br —
// goes to Next unchanged.
import { brotliCompressSync, constants } from "node:zlib";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const COMPRESSIBLE = /\.(js|css|map|svg|txt|json)$/;
const TYPES = { js: "application/javascript; charset=UTF-8", css: "text/css; charset=UTF-8", map: "application/json; charset=UTF-8", svg: "image/svg+xml", txt: "text/plain; charset=UTF-8", json: "application/json; charset=UTF-8" };

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes `<file>.br` beside each compressible file of .next/static that has none yet; returns how many. */
export function precompressStatic(root) {
  let written = 0;
  for (const path of files(join(root, ".next", "static"))) {
    if (!COMPRESSIBLE.test(path) || existsSync(`${path}.br`)) continue;
    const body = brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: statSync(path).size } });
    writeFileSync(`${path}.br`, body);
    written += 1;
  }
  return written;
}

const acceptsBrotli = (header) =>
  String(header ?? "")
    .split(",")
    .some((part) => {
      const [coding, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return coding.trim().toLowerCase() === "br" && (q === undefined || Number(q) > 0);
    });

/**
 * A request handler for the precompressed files: true when it answered, false to let Next answer. Only the
 * files found at start-up are served (a lookup, no path from the request ever reaches the disk), with the
 * headers next.config.ts gives every response (read from the build's routes manifest).
 */
export function staticBrotli(root) {
  const dir = join(root, ".next", "static");
  const served = new Map();
  for (const path of files(dir)) {
    if (!path.endsWith(".br")) continue;
    const original = path.slice(0, -3);
    const ext = /\.([a-z]+)$/.exec(original)?.[1];
    if (!ext || !TYPES[ext] || !existsSync(original)) continue;
    served.set(`/_next/static/${relative(dir, original).split(sep).join("/")}`, { path, type: TYPES[ext] });
  }
  const manifest = JSON.parse(readFileSync(join(root, ".next", "routes-manifest.json"), "utf8"));
  const configured = (manifest.headers ?? []).map((rule) => ({ regex: new RegExp(rule.regex), headers: rule.headers }));
  const cache = new Map();

  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const pathname = (req.url ?? "").split("?")[0];
    const file = served.get(pathname);
    if (!file || !acceptsBrotli(req.headers["accept-encoding"])) return false;
    let body = cache.get(pathname);
    if (!body) cache.set(pathname, (body = readFileSync(file.path)));
    for (const rule of configured) if (rule.regex.test(pathname)) for (const { key, value } of rule.headers) res.setHeader(key, value);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Content-Type", file.type);
    res.setHeader("Content-Encoding", "br");
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Content-Length", body.length);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
