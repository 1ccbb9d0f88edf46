// The reports bench's PostgreSQL side: the very rows of the loaded SQLite file copied into a migrated PostgreSQL
// database (multi-row INSERTs through raw-db.ts, secondary indexes dropped during the copy, rebuilt and analysed
// after it), so both engines answer the same reports on the same data and their figures can be compared.
import Database from "better-sqlite3";
import { openPostgres } from "./raw-db";

/** The tables the built-in reports read, parents first (foreign keys). */
const TABLES = ["User", "Client", "Partner", "Call", "Meeting", "Task", "ActivityNumber", "Service", "ProgramParticipation", "SaeFile", "Visit"];
const BATCH = 5_000;

export async function copyToPostgres(sqlitePath: string, url: string, log: (line: string) => void): Promise<void> {
  const sqlite = new Database(sqlitePath, { readonly: true });
  const pg = await openPostgres(url);
  try {
    await pg.dropIndexes(TABLES);
    for (const table of TABLES) {
      const started = performance.now();
      let batch: Record<string, unknown>[] = [];
      let count = 0;
      const flush = async () => {
        const rows = batch;
        batch = [];
        await pg.transaction(() => pg.write(table, rows));
      };
      for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
        batch.push(row);
        count += 1;
        if (batch.length === BATCH) await flush();
      }
      await flush();
      log(`PostgreSQL ${table}: ${count.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = performance.now();
    await pg.rebuildIndexes();
    log(`PostgreSQL indexes rebuilt and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    sqlite.close();
    await pg.close();
  }
}
