// Builds a Prisma client for a DATABASE_URL. Kept apart from lib/db.ts (server-only singleton) so that scripts
// and integration tests can open their own databases.
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Database } from "better-sqlite3";
import { CachedPrismaBetterSqlite3 } from "@/lib/sqlite-statement-cache";
import { startCheckpointer } from "@/lib/sqlite-checkpointer";
import { markTransactions, serialiseTransactions } from "@/lib/sqlite-transactions";
import { isPostgresUrl, sqlitePath } from "@/scripts/lib/database-url.mjs";

export type Db = PrismaClient;

/**
 * `backgroundCheckpoints`: the server's own client (lib/db.ts) has SQLite's checkpoints run by a worker thread
 * (lib/sqlite-checkpointer.ts). Scripts and tests keep SQLite's automatic ones.
 */
export function createPrismaClient(url: string, opts: { backgroundCheckpoints?: boolean } = {}): Db {
  if (isPostgresUrl(url)) {
    // Both generated clients share one model API; the cast lets the app type against the SQLite one.
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  const path = sqlitePath(url);
  const open = (readonly: boolean) => new CachedPrismaBetterSqlite3({ url: `file:${path}`, timeout: 10_000, readonly });
  const factory = serialiseTransactions(withSyncNormal(open(false)), () => open(true).connect());
  return markTransactions(new PrismaClient({ adapter: opts.backgroundCheckpoints ? withBackgroundCheckpoints(factory, path) : factory }));
}

/** The connection stops checkpointing in its commits once the worker runs, and takes it back if the worker fails. */
function withBackgroundCheckpoints(factory: CachedPrismaBetterSqlite3, path: string): CachedPrismaBetterSqlite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: Database }).client;
    const set = (pages: number) => {
      try {
        if (client.open) client.pragma(`wal_autocheckpoint = ${pages}`);
      } catch (error) {
        console.error("[crm] could not set SQLite's checkpoints:", error);
      }
    };
    const checkpointer = startCheckpointer(path);
    checkpointer.onDown(() => set(SQLITE_DEFAULT_AUTOCHECKPOINT));
    if (await checkpointer.ready) set(0);
    // $disconnect closes the connection: the worker stops with it, after a last checkpoint.
    const dispose = adapter.dispose.bind(adapter);
    return Object.assign(adapter, {
      dispose: async () => {
        await checkpointer.stop();
        return dispose();
      },
    });
  };
  return factory;
}

/** SQLite's own default: a checkpoint inside the commit that brings the log past 1,000 pages. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

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
