import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default async function globalTeardown() {
  const port = Number(process.env.E2E_PORT ?? 3210);
  const file = join(tmpdir(), `crm-e2e-${port}.json`);
  const { pid, dataDir } = JSON.parse(readFileSync(file, "utf8")) as { pid: number; dataDir: string };
  try {
    process.kill(-pid, "SIGTERM"); // the whole group: start script and the next server it spawned
  } catch {
    // already gone
  }
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(file, { force: true });
}
