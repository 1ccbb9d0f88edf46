// Builds a Prisma client for a DATABASE_URL. Kept apart from lib/db.ts (server-only singleton) so that scripts
// and integration tests can open their own databases.
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { CachedPrismaBetterSqlite3 } from "@/lib/sqlite-statement-cache";
import { isPostgresUrl, sqlitePath } from "@/scripts/lib/database-url.mjs";

export type Db = PrismaClient;

export function createPrismaClient(url: string): Db {
  if (isPostgresUrl(url)) {
    // Both generated clients share one model API; the cast lets the app type against the SQLite one.
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: withSyncNormal(new CachedPrismaBetterSqlite3({ url: `file:${sqlitePath(url)}`, timeout: 10_000 })) });
}

/**
 * Each connection the client opens commits without waiting for the disk (WAL mode's `synchronous = NORMAL`, the
 * pairing SQLite recommends): better-sqlite3 runs on the server's one thread, so the default FULL's flush at every
 * commit (0.7 ms on an idle disk, several on a busy one) held up every request, pages included. The database stays
 * consistent on a crash; a power cut can lose the last commits before the next checkpoint, never corrupt the file.
 */
function withSyncNormal(factory: CachedPrismaBetterSqlite3): CachedPrismaBetterSqlite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript("PRAGMA synchronous = NORMAL");
    return adapter;
  };
  return factory;
}
