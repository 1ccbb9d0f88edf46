/** @jest-environment node */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@/tests/helpers/test-db";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { isPostgresUrl } from "@/scripts/lib/database-url.mjs";
import { hashTree } from "@/scripts/lib/backup-files.mjs";

// Every row of every table, ordered, so that two databases can be compared whole.
async function dumpAll(db: Db, url: string): Promise<Record<string, unknown[]>> {
  const tables: { name: string }[] = isPostgresUrl(url)
    ? await db.$queryRaw`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`
    : await db.$queryRaw`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`;
  const out: Record<string, unknown[]> = {};
  // A table name cannot be a bound parameter: it comes from the catalog, quoted as an identifier.
  for (const { name } of tables) out[name] = await db.$queryRawUnsafe(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY 1`);
  return out;
}

function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
}

describe("npm run backup / npm run restore", () => {
  let work: string;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "crm-backup-"));
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it("restores the database and the files exactly as they were at the backup", async () => {
    const { db, url } = database;
    const dataDir = join(work, "data");
    const files = join(dataDir, "files");
    mkdirSync(join(files, "ab"), { recursive: true });
    writeFileSync(join(files, "ab", "cv-élodie-ᐃᓄᒃᑎᑐᑦ.pdf"), "%PDF-1.7 invented CV\n");
    writeFileSync(join(files, "ab", "note.txt"), "ligne 1\nligne 2\n");
    writeFileSync(join(files, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
    const user = await db.user.create({ data: { email: "gisele.ittusardjuat@exemple.test", name: "Gisèle Ittusardjuat", passwordHash: "x" } });
    await db.setting.create({ data: { key: "backup.test", value: "avant" } });
    await db.notification.create({ data: { userId: user.id, kind: "visit", title: "Visite d'Ana O'Brien-Kilabuk" } });
    const before = await dumpAll(db, url);
    const beforeFiles = await hashTree(files);
    expect(Object.keys(beforeFiles)).toHaveLength(3);

    const env = { DATABASE_URL: url, CRM_DATA_DIR: dataDir };
    const out = join(work, "backup-1");
    execFileSync(process.execPath, ["scripts/backup.mjs", "--out", out], { env: { ...process.env, ...env } });
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.engine).toBe(isPostgresUrl(url) ? "postgresql" : "sqlite");
    expect(manifest.files).toEqual(beforeFiles);
    expect(manifest.migrations.length).toBeGreaterThan(5);
    expect(run("scripts/backup.mjs", ["--out", out], env).status).toBe(1); // never overwrites a backup

    // Life goes on after the backup: rows and files change.
    await db.notification.deleteMany();
    await db.setting.update({ where: { key: "backup.test" }, data: { value: "après" } });
    await db.user.create({ data: { email: "nouvel.agent@exemple.test", name: "Nouvel Agent", passwordHash: "y" } });
    writeFileSync(join(files, "ab", "note.txt"), "modifiée");
    unlinkSync(join(files, "image.png"));
    writeFileSync(join(files, "new.txt"), "after the backup");
    await db.$disconnect();

    const refused = run("scripts/restore.mjs", [out], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--force");

    const restored = run("scripts/restore.mjs", [out, "--force"], env);
    expect(restored.stderr).toBe("");
    expect(restored.status).toBe(0);
    const fresh = createPrismaClient(url);
    try {
      expect(await dumpAll(fresh, url)).toEqual(before);
    } finally {
      await fresh.$disconnect();
    }
    expect(await hashTree(files)).toEqual(beforeFiles);
  });

  it("refuses a damaged backup and leaves the database alone", async () => {
    const dataDir = join(work, "data-2");
    const out = join(work, "backup-2");
    const env = { DATABASE_URL: database.url, CRM_DATA_DIR: dataDir };
    mkdirSync(join(dataDir, "files"), { recursive: true });
    writeFileSync(join(dataDir, "files", "a.txt"), "original");
    expect(run("scripts/backup.mjs", ["--out", out], env).status).toBe(0);
    writeFileSync(join(out, "files", "a.txt"), "tampered");
    const result = run("scripts/restore.mjs", [out, "--force"], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/do not match its manifest/);
    expect(readFileSync(join(dataDir, "files", "a.txt"), "utf8")).toBe("original");
  });
});
