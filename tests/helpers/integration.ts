import { createTestDatabase } from "@/tests/helpers/test-db";
import type { Db } from "@/lib/db-client";

/**
 * Puts a freshly migrated database behind `@/lib/db` for the current test file. Call at the top level of an
 * integration test; use the returned getter inside tests.
 */
export function setupTestDatabase(): () => Db {
  let current: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    (globalThis as { crmDb?: Db }).crmDb = current.db;
  });
  afterAll(async () => {
    (globalThis as { crmDb?: Db }).crmDb = undefined;
    await current?.cleanup();
  });
  return () => {
    if (!current) throw new Error("test database not ready");
    return current.db;
  };
}

let counter = 0;
/** An invented staff account (no real person), with an argon2 hash of `password`. */
export async function makeUser(db: Db, overrides: Partial<{ email: string; role: string; active: boolean; name: string }> = {}, password = "correct horse battery") {
  const { hashPassword } = await import("@/lib/auth/password");
  counter += 1;
  return db.user.create({
    data: {
      email: overrides.email ?? `agent${counter}-${Date.now()}@exemple.test`,
      name: overrides.name ?? `Agent Test ${counter}`,
      role: overrides.role ?? "staff",
      active: overrides.active ?? true,
      passwordHash: await hashPassword(password),
    },
  });
}
