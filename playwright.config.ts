import { defineConfig } from "@playwright/test";

// Debian's Chromium, not a downloaded browser (none can be fetched here). The server under test is started by
// tests/e2e/global-setup.ts on its own temporary database and port.
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: /.*\.spec\.ts/,
  // Two workers: the flows run one after another in one (their files share accounts and settings), while the
  // axe scan, which only reads, spreads over whatever worker is free. CI has 2 cores and 30 minutes.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  projects: [
    { name: "flows", testIgnore: /accessibility\.spec\.ts/, workers: 1 },
    { name: "a11y", testMatch: /accessibility\.spec\.ts/, fullyParallel: true },
  ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  globalSetup: "./tests/e2e/global-setup.ts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    locale: "fr-CA",
    timezoneId: "America/Iqaluit",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
});
