// The raw drivers under the app's Prisma client: better-sqlite3 and pg. The loader writes through them (prepared
// INSERTs on SQLite, multi-row INSERTs on PostgreSQL, secondary indexes dropped during the load and rebuilt after
// it), and the floor queries read through them. SQL is written once with `?` placeholders and double-quoted
// identifiers; PostgreSQL gets `$n` placeholders.
import Database from "better-sqlite3";
import pg from "pg";
import { sqlitePlanIssues, pgPlanIssues, type PlanIssue } from "./plan-check";

export type Engine = "sqlite" | "postgres";
export type SqlRow = Record<string, unknown>;

export interface RawDb {
  engine: Engine;
  all(sql: string, params?: readonly unknown[]): Promise<SqlRow[]>;
  /** Rows one at a time, for the export floor (flat memory). */
  each(sql: string, params: readonly unknown[], onRow: (row: SqlRow) => void): Promise<number>;
  planIssues(sql: string, params: readonly unknown[], largeTables: readonly string[]): Promise<{ plan: string; issues: PlanIssue[] }>;
  /** Writes rows of one table; columns are the union of the rows' keys. */
  write(table: string, rows: readonly SqlRow[]): Promise<void>;
  transaction(fn: () => Promise<void>): Promise<void>;
  dropIndexes(tables: readonly string[]): Promise<void>;
  rebuildIndexes(): Promise<void>;
  /** The date parameter as the engine stores DateTime (SQLite: ISO text with an offset, as Prisma's adapter writes). */
  date(d: Date): unknown;
  close(): Promise<void>;
}

/** The union of the rows' keys in first-seen order, without a flat array of every row's keys (4.9 million tokens). */
function columnsOf(rows: readonly SqlRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key in row) seen.add(key);
  return [...seen];
}

const sqliteValue = (v: unknown) =>
  v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v === undefined ? null : v;

export function openSqlite(path: string): RawDb {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  const statements = new Map<string, Database.Statement>();
  let dropped: { name: string; sql: string }[] = [];
  return {
    engine: "sqlite",
    async all(sql, params = []) {
      return db.prepare(sql).all(...params.map(sqliteValue)) as SqlRow[];
    },
    async each(sql, params, onRow) {
      let n = 0;
      for (const row of db.prepare(sql).iterate(...params.map(sqliteValue))) {
        onRow(row as SqlRow);
        n += 1;
      }
      return n;
    },
    async planIssues(sql, params, largeTables) {
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params.map(sqliteValue)) as { detail: string }[];
      return { plan: rows.map((r) => r.detail).join("\n"), issues: sqlitePlanIssues(rows, largeTables) };
    },
    async write(table, rows) {
      if (rows.length === 0) return;
      const columns = columnsOf(rows);
      const key = `${table}:${columns.join(",")}`;
      let stmt = statements.get(key);
      if (!stmt) {
        stmt = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        statements.set(key, stmt);
      }
      const values = new Array<unknown>(columns.length);
      for (const row of rows) {
        for (let i = 0; i < columns.length; i++) values[i] = sqliteValue(row[columns[i]]);
        stmt.run(values);
      }
    },
    async transaction(fn) {
      db.exec("BEGIN");
      try {
        await fn();
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    async dropIndexes(tables) {
      db.pragma("synchronous = OFF"); // a throwaway database: no need to wait for the disk while loading
      const list = tables.map((t) => `'${t}'`).join(", ");
      dropped = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${list})`).all() as typeof dropped;
      for (const { name } of dropped) db.exec(`DROP INDEX "${name}"`);
    },
    async rebuildIndexes() {
      for (const { sql } of dropped) db.exec(sql);
      dropped = [];
      db.pragma("synchronous = NORMAL");
    },
    date: (d) => sqliteValue(d),
    async close() {
      db.close();
    },
  };
}

const numbered = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

/** PostgreSQL accepts at most 65,535 parameters per statement. */
const PG_MAX_PARAMS = 60_000;

export async function openPostgres(url: string): Promise<RawDb> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let dropped: { indexname: string; indexdef: string }[] = [];
  return {
    engine: "postgres",
    async all(sql, params = []) {
      return (await client.query(numbered(sql), [...params])).rows as SqlRow[];
    },
    async each(sql, params, onRow) {
      // A server-side cursor read in batches: the floor of a streamed export.
      const name = `floor_${Date.now()}`;
      await client.query("BEGIN");
      try {
        await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${numbered(sql)}`, [...params]);
        let n = 0;
        for (;;) {
          const { rows } = await client.query(`FETCH 2000 FROM ${name}`);
          for (const row of rows) onRow(row as SqlRow);
          n += rows.length;
          if (rows.length < 2000) break;
        }
        await client.query(`CLOSE ${name}`);
        return n;
      } finally {
        await client.query("COMMIT");
      }
    },
    async planIssues(sql, params, largeTables) {
      const { rows } = await client.query(`EXPLAIN ${numbered(sql)}`, [...params]);
      const plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
      return { plan, issues: pgPlanIssues(plan, largeTables) };
    },
    async write(table, rows) {
      if (rows.length === 0) return;
      const columns = columnsOf(rows);
      const per = Math.max(1, Math.floor(PG_MAX_PARAMS / columns.length));
      for (let start = 0; start < rows.length; start += per) {
        const chunk = rows.slice(start, start + per);
        const values: unknown[] = [];
        const tuples = chunk.map((row) => `(${columns.map((c) => (values.push(row[c] ?? null), `$${values.length}`)).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
      }
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        await fn();
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async dropIndexes(tables) {
      const { rows } = await client.query(
        `SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
         WHERE i.schemaname = current_schema() AND i.tablename = ANY($1) AND NOT x.indisprimary AND NOT x.indisunique`,
        [[...tables]],
      );
      dropped = rows;
      for (const { indexname } of dropped) await client.query(`DROP INDEX "${indexname}"`);
    },
    async rebuildIndexes() {
      await client.query("SET maintenance_work_mem = '256MB'");
      for (const { indexdef } of dropped) await client.query(indexdef);
      dropped = [];
      // Planner statistics: autovacuum would gather them minutes later; a bench reads right after the load.
      await client.query("ANALYZE");
    },
    date: (d) => d,
    async close() {
      await client.end();
    },
  };
}
