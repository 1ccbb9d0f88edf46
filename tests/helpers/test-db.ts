import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { migrate } from "@/scripts/lib/migrations.mjs";

/**
 * A real, freshly migrated database for one test file: a temporary SQLite file, or a new database on the
 * PostgreSQL server named by TEST_POSTGRES_URL (CI runs the integration tests again that way).
 */
export async function createTestDatabase(): Promise<{ url: string; db: Db; cleanup: () => Promise<void> }> {
  const pgBase = process.env.TEST_POSTGRES_URL;
  if (pgBase) {
    const { default: pg } = await import("pg");
    const name = `crm_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = pgBase.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
    await migrate(url);
    const db = createPrismaClient(url);
    return {
      url,
      db,
      cleanup: async () => {
        await db.$disconnect();
        const c = new pg.Client({ connectionString: pgBase });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "crm-test-"));
  const url = `file:${join(dir, "test.db")}`;
  await migrate(url);
  const db = createPrismaClient(url);
  return {
    url,
    db,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
