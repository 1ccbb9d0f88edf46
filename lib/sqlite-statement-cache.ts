// Prisma's better-sqlite3 adapter compiles every query's SQL again (`prepare(sql).bind(args)`), and a list page's
// two statements spent more time being compiled than being run. The same few hundred SQL strings come back all
// day, so compiled statements are kept (least recently used dropped) and handed to the adapter behind a thin
// object that binds each call's arguments instead of binding the statement itself, which better-sqlite3 allows
// only once per statement.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Database, Statement } from "better-sqlite3";

const MAX_STATEMENTS = 500;

type Args = unknown[];

/**
 * Whole numbers are bound as SQLite integers. better-sqlite3 binds a JavaScript number as a REAL, and SQLite's
 * planner, which reads bound values, then misjudged a `LIMIT ?`: it walked a whole sort index (200,000 documents
 * for one client's subpanel, 1.8 s) where it looks rows up by id once the limit is an integer.
 */
const integers = (args: Args): Args => args.map((a) => (typeof a === "number" && Number.isSafeInteger(a) ? BigInt(a) : a));

/** What the adapter calls on a prepared statement (performIO, executeIO, BEGIN), each run with its own arguments. */
type Columns = ReturnType<Statement<Args>["columns"]>;
/** A statement's result columns are fixed once it is compiled; asking SQLite again cost ~50 µs a query. */
const columnsOf = new WeakMap<Statement<Args>, Columns>();

function reusable(stmt: Statement<Args>) {
  const run = (args: Args) => stmt.run(integers(args));
  return {
    reader: stmt.reader,
    readonly: stmt.readonly,
    run: () => run([]),
    bind: (args: Args) => ({
      reader: stmt.reader,
      columns: () => columnsOf.get(stmt) ?? columnsOf.set(stmt, stmt.columns()).get(stmt)!,
      raw: () => ({ all: () => stmt.raw(true).all(integers(args)) }),
      run: () => run(args),
    }),
  };
}

export function cacheStatements(db: Database, max = MAX_STATEMENTS): Database {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement<Args>;
  const cache = new Map<string, Statement<Args>>();
  const cached = (sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) {
      cache.delete(sql); // re-inserted below: Map order is the recency order
    } else {
      stmt = prepare(sql);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, stmt);
    return reusable(stmt);
  };
  (db as unknown as { prepare: typeof cached }).prepare = cached;
  return db;
}

/** SQLite's own limit on bound values since 3.32 (better-sqlite3 12 bundles 3.5x). */
export const SQLITE_MAX_VARIABLES = 32766;

/**
 * The adapter factory with its connections' statements cached. It also tells Prisma SQLite's real limit on bound
 * values: without it Prisma assumes the 999 of SQLite before 3.32 and refuses a search's IN list of 1,000 ids.
 */
export class CachedPrismaBetterSqlite3 extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    cacheStatements((adapter as unknown as { client: Database }).client);
    return Object.assign(adapter, { getConnectionInfo: () => ({ maxBindValues: SQLITE_MAX_VARIABLES, supportsRelationJoins: false }) });
  }
}
