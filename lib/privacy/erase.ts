import "server-only";
import { fileStore } from "@/lib/files/store";
import { MODULES, type ModuleKey } from "@/lib/modules/registry";
import type { RecordModel, Table } from "@/lib/records/model";
import type { Tx } from "@/lib/records/store";
import { parentColumns, type ModuleDef } from "@/lib/records/types";

/** The column of a module's rows that names their client (« Lié à » or a client field), or null. */
export function clientColumn(def: ModuleDef): string | null {
  for (const f of def.fields) {
    if (f.kind === "parent" && f.parent?.modules.includes("clients")) return parentColumns(f).clients ?? null;
    if (f.name === "clientId") return "clientId";
  }
  return null;
}

/** Every module holding records of one client, with its client column. */
export const CLIENT_MODULES = (Object.keys(MODULES) as ModuleKey[])
  .filter((k) => k !== "clients")
  .flatMap((k) => {
    const column = clientColumn(MODULES[k].def);
    return column ? [{ model: MODULES[k] as RecordModel, column }] : [];
  });

/** Live and binned records of other modules that belong to these clients. */
export async function dependentsOf(tx: Tx, clientIds: readonly string[]): Promise<{ module: string; id: string }[]> {
  if (clientIds.length === 0) return [];
  const found = await Promise.all(
    CLIENT_MODULES.map(async ({ model, column }) => {
      const rows = (await model.table(tx).findMany({ where: { [column]: { in: [...clientIds] } }, select: { id: true } })) as { id: string }[];
      return rows.map((r) => ({ module: model.key, id: r.id }));
    }),
  );
  return found.flat();
}

/** Every module's table is its Prisma delegate, which deletes too; the record layer itself never does. */
const deletable = (model: RecordModel, tx: Tx) => model.table(tx) as Table & { deleteMany(args: { where: object }): PromiseLike<{ count: number }> };

/**
 * Removes records for good with everything hanging off them: their stored files (rows here, bytes after commit
 * by `removeBlobs`), search words, favourites, recent views, notifications, reminders and document links. The
 * audit log keeps its rows (the log cannot be edited from the app). Returns the storage keys to delete.
 */
export async function eraseRecords(tx: Tx, model: RecordModel, ids: readonly string[]): Promise<{ records: number; storageKeys: string[] }> {
  if (ids.length === 0) return { records: 0, storageKeys: [] };
  const list = [...ids];
  const byRecord = { module: model.key, recordId: { in: list } };
  const files = await tx.storedFile.findMany({ where: byRecord, select: { storageKey: true } });
  await tx.storedFile.deleteMany({ where: byRecord });
  await tx.searchToken.deleteMany({ where: byRecord });
  await tx.favorite.deleteMany({ where: byRecord });
  await tx.recentView.deleteMany({ where: byRecord });
  await tx.notification.deleteMany({ where: byRecord });
  await tx.reminder.deleteMany({ where: byRecord });
  await tx.documentLink.deleteMany({ where: byRecord });
  const { count } = await deletable(model, tx).deleteMany({ where: { id: { in: list } } });
  return { records: count, storageKeys: files.map((f) => f.storageKey) };
}

/** File bytes go after the rows are committed: a failed transaction never leaves a row without its bytes. */
export async function removeBlobs(storageKeys: readonly string[]): Promise<number> {
  const store = fileStore();
  let removed = 0;
  for (const key of storageKeys) {
    try {
      await store.delete(key);
      removed++;
    } catch (error) {
      console.error("[privacy] a stored file could not be deleted; its row is gone, the bytes stay orphaned", error);
    }
  }
  return removed;
}
