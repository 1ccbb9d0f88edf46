import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const E2E_ADMIN = { email: "admin.e2e@exemple.test", password: "aurore boreale 2026" };

/**
 * Starts the CRM the way a user does (`node scripts/start.mjs`: migrate, build if needed, serve) on a fresh
 * temporary SQLite database, and waits until the login page answers.
 */
export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 3210);
  const dataDir = mkdtempSync(join(tmpdir(), "crm-e2e-"));
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${join(dataDir, "crm.db")}`,
      CRM_DATA_DIR: dataDir,
      CRM_ADMIN_EMAIL: E2E_ADMIN.email,
      CRM_ADMIN_PASSWORD: E2E_ADMIN.password,
      APP_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_URL: "",
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  writeFileSync(join(tmpdir(), `crm-e2e-${port}.json`), JSON.stringify({ pid: child.pid, dataDir }));
  // The first start builds the app: several minutes on a 2-core machine.
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/fr/login`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`The CRM server exited with code ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The CRM server did not start within 10 minutes");
}
