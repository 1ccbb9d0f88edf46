/** @jest-environment node */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { migrate, migrationsDir } from "@/scripts/lib/migrations.mjs";

// Upgrading a database that already holds records must keep them and their links, on SQLite (table rebuilds)
// as on PostgreSQL.
const pgBase = process.env.TEST_POSTGRES_URL;

async function freshUrl(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (pgBase) {
    const { default: pg } = await import("pg");
    const name = `crm_mig_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      url: pgBase.replace(/\/[^/?]*(\?|$)/, `/${name}$1`),
      cleanup: async () => {
        const c = new pg.Client({ connectionString: pgBase });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "crm-mig-"));
  return { url: `file:${join(dir, "crm.db")}`, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

it("applies every migration once, and a second run applies nothing", async () => {
  const { url, cleanup } = await freshUrl();
  try {
    const all = readdirSync(migrationsDir(url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(await migrate(url)).toEqual(all);
    expect(await migrate(url)).toEqual([]);
  } finally {
    await cleanup();
  }
});

it("keeps records, their search tokens and their links through later migrations", async () => {
  const { url, cleanup } = await freshUrl();
  try {
    const first = readdirSync(migrationsDir(url)).filter((n) => /^\d/.test(n)).sort();
    // Stop just before the migration that rebuilt the record tables, with data in them.
    const before = first[first.findIndex((n) => n.endsWith("_non_null_sort_keys")) - 1];
    await migrate(url, () => {}, before);
    const old = createPrismaClient(url);
    // The current client knows columns the old tables lack: write the rows with plain SQL parameters.
    await old.$executeRaw`INSERT INTO "Partner" ("id", "name", "sortName", "nameKey", "emailKey", "updatedAt") VALUES ('p1', 'Mine Test', 'mine test', 'mine test', 'info@mine.example.test', CURRENT_TIMESTAMP)`;
    await old.$executeRaw`INSERT INTO "Contact" ("id", "lastName", "partnerId", "sortName", "nameKey", "updatedAt") VALUES ('c1', 'Lien', 'p1', 'lien', 'lien', CURRENT_TIMESTAMP)`;
    await old.$executeRaw`INSERT INTO "SearchToken" ("id", "module", "token", "partnerId") VALUES ('t1', 'partners', 'w:mine', 'p1')`;
    await old.$disconnect();

    await migrate(url);
    const db = createPrismaClient(url);
    expect(await db.contact.findUniqueOrThrow({ where: { id: "c1" } })).toMatchObject({ partnerId: "p1" });
    expect(await db.searchToken.count({ where: { recordId: "p1", module: "partners" } })).toBe(1);
    expect(await db.partner.findUniqueOrThrow({ where: { id: "p1" } })).toMatchObject({ emailSort: "info@mine.example.test" });
    await db.$disconnect();
  } finally {
    await cleanup();
  }
});
