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
  return new PrismaClient({ adapter: new CachedPrismaBetterSqlite3({ url: `file:${sqlitePath(url)}`, timeout: 10_000 }) });
}
