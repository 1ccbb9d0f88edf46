// SQLite runs on one better-sqlite3 connection per server, and an interactive transaction stays open on it between
// its awaits. Prisma's adapter makes transactions wait for each other, but not the queries made outside any
// transaction: one run by another request meanwhile became part of the open transaction. It read that
// transaction's uncommitted rows, and when the transaction rolled back (a failed save, a double tap at the kiosk),
// a write already reported saved was undone with it.
//
// Here, while a transaction is open, a read from outside runs on a second, read-only connection, which sees what
// is committed (WAL readers never wait for the writer), and a write from outside waits until the transaction ends;
// transactions take the same turns. Code inside a transaction's callback that queries through the client rather
// than the transaction (a reference check, a title lookup) keeps running at once, inside it, as it always did:
// waiting there would wait for itself.
import { AsyncLocalStorage } from "node:async_hooks";
import { Mutex } from "async-mutex";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * The `$transaction` call that work belongs to (its callback and everything it awaits), open until it settles:
 * anything the callback left scheduled for later waits its turn like any outside query.
 */
const insideTransaction = new AsyncLocalStorage<{ open: boolean }>();

type TransactionCall = (...args: unknown[]) => Promise<unknown>;

/** The client's `$transaction` marks the work it runs, so that the adapter knows whose queries are whose. */
export function markTransactions<C extends { $transaction: unknown }>(client: C): C {
  const original = (client.$transaction as TransactionCall).bind(client);
  const marked: TransactionCall = (...args) => {
    const call = { open: true };
    return insideTransaction.run(call, () => original(...args)).finally(() => {
      call.open = false;
    });
  };
  return Object.assign(client, { $transaction: marked });
}

/**
 * The factory's connections run outside queries beside transactions, never inside one. `openReader` opens the
 * read-only connection (once, on the first read that needs it).
 */
export function serialiseTransactions<F extends SqlDriverAdapterFactory>(factory: F, openReader: () => Promise<SqlDriverAdapter>): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => isolate(await connect(), openReader);
  return factory;
}

/**
 * Whether a statement only reads, as SQLite compiles it (on the connection's statement cache). One that does not
 * compile is left to the adapter, which reports the error as Prisma's.
 */
function readsOnly(adapter: SqlDriverAdapter, sql: string): boolean {
  try {
    return (adapter as unknown as { client: { prepare: (sql: string) => { readonly?: boolean } } }).client.prepare(sql).readonly === true;
  } catch {
    return false;
  }
}

function isolate(adapter: SqlDriverAdapter, openReader: () => Promise<SqlDriverAdapter>): SqlDriverAdapter {
  const turns = new Mutex();
  // Null when it cannot be opened: reads then wait for their turn like writes.
  let reader: Promise<SqlDriverAdapter | null> | null = null;
  const free = () => !turns.isLocked() || insideTransaction.getStore()?.open === true;
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const dispose = adapter.dispose.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  return Object.assign(adapter, {
    queryRaw: (query: SqlQuery) => {
      if (free()) return queryRaw(query);
      if (!readsOnly(adapter, query.sql)) return turns.runExclusive(() => queryRaw(query));
      return (reader ??= openReader().catch(() => null)).then((r) => (r ? r.queryRaw(query) : turns.runExclusive(() => queryRaw(query))));
    },
    executeRaw: (query: SqlQuery) => (free() ? executeRaw(query) : turns.runExclusive(() => executeRaw(query))),
    dispose: async () => {
      await (await reader)?.dispose();
      reader = null;
      return dispose();
    },
    startTransaction: async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]): Promise<Transaction> => {
      const releaser = await turns.acquire();
      let released = false;
      // Once only, whatever ends it: a second release would let two transactions in at once.
      const release = () => {
        if (!released) releaser();
        released = true;
      };
      try {
        const tx = await startTransaction(isolationLevel);
        const ending = (end: () => Promise<void>) => async () => {
          try {
            await end();
          } finally {
            release();
          }
        };
        return Object.assign(tx, { commit: ending(tx.commit.bind(tx)), rollback: ending(tx.rollback.bind(tx)) });
      } catch (error) {
        release();
        throw error;
      }
    },
  });
}
