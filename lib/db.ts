import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { databaseUrl } from "@/scripts/lib/database-url.mjs";

// One client per server process, created on first use. The global survives hot reloads in development and
// lets integration tests put a client on their own temporary database before any query runs.
const globalForDb = globalThis as unknown as { crmDb?: Db };

function client(): Db {
  return (globalForDb.crmDb ??= createPrismaClient(databaseUrl(), { backgroundCheckpoints: true }));
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = client();
    const value = Reflect.get(real, prop);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
