import "server-only";
// Multi-row INSERTs for a batch's rows (an import's records, their search tokens, history rows and outcomes), as
// SQL with bound values. Prisma's createMany costs about ten times as much per row (each call builds its query
// plan and maps every value through it), which made most of an import's time. Rows must be complete as Prisma
// would write them: id, createdAt and updatedAt included (a column's SQL default for now() is not in Prisma's
// format). Values are bound as Prisma's own queries bind them, so each engine's adapter stores them the same way
// (a Date stays a Date, a boolean a boolean); a column a row leaves undefined takes its SQL default.
import type { Tx } from "@/lib/records/store";
import { isPostgres } from "@/lib/records/engine";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// SQLite binds at most 32,766 values per statement, PostgreSQL 65,535.
const MAX_BOUND = 30_000;

const quoted = (name: string) => {
  // Table and column names come from the code (a module's Prisma model), never from a request; checked anyway.
  if (!NAME.test(name)) throw new Error(`insertRows: not a table or column name: ${name}`);
  return `"${name}"`;
};

export async function insertRows(tx: Tx, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  // Rows that leave different columns to their default go in separate statements.
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const key = Object.keys(row).filter((c) => row[c] !== undefined).sort().join(",");
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const pg = isPostgres();
  for (const [key, group] of groups) {
    const columns = key.split(",");
    const head = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(", ")}) VALUES `;
    const size = Math.max(1, Math.floor(MAX_BOUND / columns.length));
    for (let at = 0; at < group.length; at += size) {
      const chunk = group.slice(at, at + size);
      let n = 0;
      const tuples = chunk.map(() => `(${columns.map(() => (pg ? `$${++n}` : "?")).join(", ")})`).join(", ");
      await tx.$executeRawUnsafe(head + tuples, ...chunk.flatMap((row) => columns.map((c) => row[c] ?? null)));
    }
  }
}
