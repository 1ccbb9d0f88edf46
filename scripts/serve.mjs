// The production server `scripts/start.mjs` runs: Next's request handler behind a Node HTTP server that first
// offers the build's scripts and style sheet brotli-compressed (scripts/lib/static-brotli.mjs). Everything else
// — pages, server actions, API routes, gzip for browsers without brotli — is Next's, as under `next start`.
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { staticBrotli } from "./lib/static-brotli.mjs";

process.env.NODE_ENV = "production";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";

const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
const brotli = staticBrotli(root);

const server = createServer((req, res) => {
  if (!brotli(req, res)) void handle(req, res);
});
server.listen(port, host, () => console.log(`[crm] Ready on http://${host}:${port}`));
// Stop taking requests, let those under way finish, and do not wait on idle keep-alive sockets.
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
