import "server-only";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { diffValues, writeAudit } from "@/lib/records/audit";
import { replaceTokens } from "@/lib/records/search";
import type { ModuleStore, StoredRow, Tx } from "@/lib/records/store";

type Fields = Record<string, unknown>;

/** Thrown inside the transaction when the record changed since the form loaded it. */
class VersionConflict extends Error {}

/**
 * Create or update one record: references checked, derived keys and search tokens rewritten, and the change
 * log written, all in one transaction. An update only applies to the version the user loaded; otherwise the
 * result is "records.conflict" with what changed since (see conflictInfo).
 */
export async function saveRecord<F extends Fields>(
  store: ModuleStore<F>,
  input: Partial<F> & { id?: string; version?: number },
  user: CurrentUser,
): Promise<{ id: string; version: number }> {
  const { id, version, ...fields } = input;
  const partial = fields as Partial<F>;
  if (!id) {
    await store.checkReferences(partial, null);
    return db.$transaction(async (tx) => {
      const stored = store.columns(partial);
      const derived = store.derive(stored);
      const row = await store.create(tx, { ...stored, ...derived.columns, createdById: user.id });
      await replaceTokens(tx, { module: store.def.key, fk: store.fk, recordId: row.id, tokens: derived.tokens });
      await writeAudit(tx, { module: store.def.key, recordId: row.id, user, action: "create", version: row.version });
      return { id: row.id, version: row.version };
    });
  }
  if (version === undefined) throw new ActionError("errors.invalid");
  const before = await store.find(db, id);
  if (!before) throw new ActionError("errors.notFound");
  if (before.version !== version) throw new ActionError("records.conflict", { conflict: await conflictChanges(store, id, version) });
  await store.checkReferences(partial, before);
  try {
    return await db.$transaction(async (tx) => {
      const stored = store.columns(partial);
      const derived = store.derive({ ...before, ...stored });
      const next = version + 1;
      const count = await store.update(tx, id, version, { ...stored, ...derived.columns, version: next });
      if (count !== 1) throw new VersionConflict();
      await replaceTokens(tx, { module: store.def.key, fk: store.fk, recordId: id, tokens: derived.tokens });
      const changes = diffValues(before, { ...before, ...stored }, store.auditFields);
      await writeAudit(tx, { module: store.def.key, recordId: id, user, action: "update", changes, version: next });
      return { id, version: next };
    });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    if (!(await store.find(db, id))) throw new ActionError("errors.notFound");
    throw new ActionError("records.conflict", { conflict: await conflictChanges(store, id, version) });
  }
}

/** Fields changed by others since `version`, who changed them last and when. */
export async function conflictChanges(store: ModuleStore<Fields>, id: string, version: number) {
  const rows = await db.auditLog.findMany({
    where: { module: store.def.key, recordId: id, action: "update", version: { gt: version } },
    orderBy: { createdAt: "desc" },
    select: { field: true, userName: true, createdAt: true },
  });
  return {
    changedFields: [...new Set(rows.map((r) => r.field).filter((f): f is string => !!f))],
    changedBy: rows[0]?.userName ?? null,
    changedAt: rows[0]?.createdAt.toISOString() ?? null,
  };
}

/** Moves a record to the recycle bin (deletedAt), logged. */
export async function deleteRecord(store: ModuleStore<Fields>, id: string, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const count = await store.setDeleted(tx, id, new Date());
    if (count !== 1) throw new ActionError("errors.notFound");
    await writeAudit(tx, { module: store.def.key, recordId: id, user, action: "delete" });
  });
}

/** Brings a record back from the recycle bin, logged. */
export async function restoreRecord(store: ModuleStore<Fields>, id: string, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx: Tx) => {
    const row = await store.find(tx, id, { withDeleted: true });
    if (!row || !row.deletedAt) throw new ActionError("errors.notFound");
    await store.setDeleted(tx, id, null);
    await writeAudit(tx, { module: store.def.key, recordId: id, user, action: "restore" });
  });
}

export type { StoredRow };
