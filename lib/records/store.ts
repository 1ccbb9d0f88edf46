import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import type { TokenLink } from "@/lib/records/search";
import type { DuplicateColumns } from "@/lib/records/duplicates";
import type { ModuleDef } from "@/lib/records/types";

export type Tx = Db | Prisma.TransactionClient;
export type StoredRow = Record<string, unknown> & { id: string; version: number; deletedAt: Date | null };

/**
 * How the shared record flow (lib/records/service.ts) reads and writes one module. Each module writes these
 * few functions itself against its own Prisma model, so every query stays explicit and typed: no
 * prisma[modelName], no generic "save anything".
 */
export type ModuleStore<Fields extends Record<string, unknown>> = {
  def: ModuleDef;
  fk: TokenLink;
  /** Fields written to the change log (every stored field of the form). */
  auditFields: readonly string[];
  find(tx: Tx, id: string, opts?: { withDeleted?: boolean }): Promise<StoredRow | null>;
  create(tx: Tx, data: Record<string, unknown>): Promise<StoredRow>;
  /** Conditional update: 0 when the version moved on or the record is gone. */
  update(tx: Tx, id: string, version: number, data: Record<string, unknown>): Promise<number>;
  setDeleted(tx: Tx, id: string, deletedAt: Date | null): Promise<number>;
  /** Parsed fields → column values, field by field (only the keys present). */
  columns(fields: Partial<Fields>): Record<string, unknown>;
  /** Derived columns (sort key, duplicate keys) and search tokens from a full set of stored values. */
  derive(values: Record<string, unknown>): { columns: Record<string, unknown>; tokens: string[] };
  /** Throws ActionError with field errors when a reference (user, related record, list value) is not acceptable. */
  checkReferences(fields: Partial<Fields>, before: StoredRow | null): Promise<void>;
  duplicates?: { columns: DuplicateColumns };
};
