// A throwaway PostgreSQL server for development scripts (data folder in a temp directory, trust auth,
// 127.0.0.1 on a free port). The server refuses to run as root: as root, the commands run as `postgres`.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const DEFAULT_PG_BIN = "/usr/lib/postgresql/15/bin";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function postgresIds() {
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/**
 * Starts a server and returns `{ url, stop }`; `stop()` is synchronous (safe in exit and signal handlers) and
 * idempotent, and removes the data folder.
 */
export async function startTempPostgres({ pgBin = process.env.PG_BIN || DEFAULT_PG_BIN } = {}) {
  if (!existsSync(join(pgBin, "pg_ctl"))) throw new Error(`PostgreSQL server binaries not found in ${pgBin} (set PG_BIN)`);
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "crm-migration-pg-"));
  const data = join(dir, "data");
  const logFile = join(dir, "server.log");
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const run = (tool, args) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(pgBin, tool), ...args]] : [join(pgBin, tool), args];
    try {
      execFileSync(file, argv, { stdio: "pipe", cwd: dir });
    } catch (error) {
      const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim();
      throw new Error(`${tool} failed: ${output || error.message}`);
    }
  };

  let started = false;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (started) run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } catch (error) {
      console.warn(`warning: could not stop the temporary PostgreSQL server: ${error.message}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
    const port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`;
    started = true; // from here on, stop() tries pg_ctl stop even if start reported a failure
    try {
      run("pg_ctl", ["-D", data, "-l", logFile, "-o", options, "-w", "start"]);
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").slice(-10).join("\n") : "";
      throw new Error(`${error.message}${log ? `\n${log}` : ""}`);
    }
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
