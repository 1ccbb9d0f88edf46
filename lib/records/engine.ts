import "server-only";
import { db } from "@/lib/db";

/** Whether the database in use is PostgreSQL (text comparisons there need `mode: "insensitive"` to ignore case). */
export function isPostgres(): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}
