/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "@/scripts/lib/env-schema.mjs";

const problems = (source: Record<string, string>) => {
  const result = parseEnv(source);
  return result.ok ? [] : [...result.message.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
};

describe("environment validation", () => {
  it("chooses S3 for files only with a bucket and its keys, and names what is missing", () => {
    expect(problems({ S3_BUCKET: "crm-fichiers" })).toEqual(["S3_BUCKET"]);
    expect(problems({ S3_BUCKET: "crm-fichiers", S3_ACCESS_KEY_ID: "AKID", S3_SECRET_ACCESS_KEY: "secret", S3_ENDPOINT: "ftp://minio" })).toEqual(["S3_ENDPOINT"]);
    expect(parseEnv({ S3_BUCKET: "crm-fichiers", S3_ACCESS_KEY_ID: "AKID", S3_SECRET_ACCESS_KEY: "secret", S3_ENDPOINT: "https://minio.exemple.test" })).toMatchObject({ ok: true, env: { S3_REGION: "us-east-1" } });
  });

  it("accepts no variable at all, with the documented defaults", () => {
    expect(parseEnv({})).toEqual({
      ok: true,
      env: expect.objectContaining({ DATABASE_URL: "file:./data/crm.db", PORT: 3000, TRUST_PROXY: 0, CRM_DATA_DIR: "./data" }),
    });
  });

  it("accepts good values and treats empty ones as unset", () => {
    const result = parseEnv({
      DATABASE_URL: "postgresql://crm:secret@db.exemple.test:5432/crm",
      APP_URL: "https://crm.exemple.test",
      SMTP_URL: "smtps://crm:secret@mail.exemple.test:465",
      NEXTAUTH_SECRET: "x".repeat(32),
      TRUST_PROXY: "1",
      PORT: "8080",
      CRM_ADMIN_EMAIL: "",
    });
    expect(result).toMatchObject({ ok: true, env: { TRUST_PROXY: 1, PORT: 8080, APP_URL: "https://crm.exemple.test" } });
    expect(parseEnv({ DATABASE_URL: "postgres:///crm?host=/var/run/postgresql" }).ok).toBe(true);
    expect(parseEnv({ DATABASE_URL: "file:/srv/crm/crm.db" }).ok).toBe(true);
  });

  it.each([
    ["DATABASE_URL", "mysql://crm@db/crm"],
    ["DATABASE_URL", "file:"],
    ["DATABASE_URL", "./data/crm.db"],
    ["APP_URL", "crm.exemple.test"],
    ["APP_URL", "ftp://crm.exemple.test"],
    ["APP_URL", "javascript:alert(1)"],
    ["SMTP_URL", "http://mail.exemple.test"],
    ["SMTP_URL", "mail.exemple.test:25"],
    ["NEXTAUTH_SECRET", "x".repeat(31)],
    ["TRUST_PROXY", "yes"],
    ["TRUST_PROXY", "-1"],
    ["TRUST_PROXY", "1.5"],
    ["TRUST_PROXY", "11"],
    ["PORT", "0"],
    ["PORT", "70000"],
    ["PORT", "http"],
  ])("refuses %s=%s with a message naming the variable", (name, value) => {
    expect(problems({ [name]: value })).toEqual([name]);
  });

  it("never repeats a refused value, which may hold a password", () => {
    const result = parseEnv({ DATABASE_URL: "mysql://crm:s3cr3t-pw@db/crm", NEXTAUTH_SECRET: "tooshort-s3cr3t" });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/s3cr3t/);
  });

  it("stops npm start before it migrates or builds anything", () => {
    const dir = mkdtempSync(join(tmpdir(), "crm-env-"));
    try {
      const run = spawnSync(process.execPath, ["scripts/start.mjs"], {
        env: { ...process.env, DATABASE_URL: `file:${join(dir, "crm.db")}`, APP_URL: "crm.exemple.test", TRUST_PROXY: "all" },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("APP_URL: must be an http:// or https:// URL");
      expect(run.stderr).toContain("TRUST_PROXY: must be the number of trusted proxies");
      expect(existsSync(join(dir, "crm.db"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops the server's start hook (instrumentation) with the same message", async () => {
    const exit = jest.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exit called");
    });
    const log = jest.spyOn(console, "error").mockImplementation(() => {});
    const saved = { ...process.env };
    Object.assign(process.env, { NEXT_RUNTIME: "nodejs", NEXTAUTH_SECRET: "short" });
    try {
      const { register } = await import("@/instrumentation");
      await expect(register()).rejects.toThrow("exit called");
      expect(exit).toHaveBeenCalledWith(1);
      expect(log).toHaveBeenCalledWith(expect.stringContaining("NEXTAUTH_SECRET: must be at least 32 characters"));
    } finally {
      process.env = saved;
      exit.mockRestore();
      log.mockRestore();
    }
  });
});
