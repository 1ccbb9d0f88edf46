import "server-only";
// Many saves (an import's batch) in ONE transaction, with the bodies of a form save (lib/records/service.ts):
// the same reference checks, column values, derived and sort keys, search tokens and change log. What differs is
// only how they reach the database: each table is written once per batch (multi-row INSERTs for the new
// records, their search tokens and their history rows; one DELETE for the updated records' old tokens) instead
// of three or four statements per record. A module with its own beforeSave rule (a unique number checked
// against the rows before) keeps the one-by-one writes, so that a later row of the batch sees an earlier one.
import { db } from "@/lib/db";
import { ActionError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { auditRows, diffValues } from "@/lib/records/audit";
import { recordTitle } from "@/lib/records/display";
import { insertRows } from "@/lib/records/bulk-insert";
import { newRecordId } from "@/lib/records/ids";
import type { RecordModel, Row } from "@/lib/records/model";
import { tokenRows } from "@/lib/records/search";
import { checkReferences, createIn, updateIn, VersionConflict, writeDerived } from "@/lib/records/service";
import { rewriteRelationSortKeys, type SortKeyCache } from "@/lib/records/sort-keys";
import type { Tx } from "@/lib/records/store";

type Fields = Record<string, unknown>;

/**
 * One record of a batch: a create, or an update of `before` (read by the caller) at its version. `extra` are
 * columns outside the form (an imported record's old id) written with the row.
 */
export type BatchSave = { fields: Fields; before: Row | null; extra?: Fields };
export type BatchResult = { ok: true; id: string; version: number } | { ok: false; error: ActionError };

/**
 * The saves through the same checks and writes as saveRecord: references are checked first, outside the
 * transaction (each distinct user, list value or related record once per batch), then every row is written. A
 * row refused by its checks is answered as such and the others go on; a record changed since `before` was read
 * fails the whole batch (the caller re-reads and retries). No notifications: a colleague assigned ten thousand
 * imported clients is not told ten thousand times.
 */
export async function saveRecordsBatch(
  model: RecordModel,
  saves: readonly BatchSave[],
  user: CurrentUser,
  /** Runs last in the same transaction (the import records each line's outcome and its progress there). */
  after?: (tx: Tx, results: BatchResult[]) => Promise<void>,
): Promise<BatchResult[]> {
  const refused: (BatchResult | null)[] = [];
  const checked = new Map<string, Promise<boolean>>();
  for (const save of saves) {
    try {
      await checkReferences(model, save.fields, save.before, user, checked);
      refused.push(null);
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      refused.push({ ok: false, error });
    }
  }
  // User names and list labels read once for the whole batch.
  const names: SortKeyCache = new Map();
  return db.$transaction(
    async (tx) => {
      const accepted = saves.map((save, i) => ({ save, i })).filter(({ i }) => !refused[i]);
      const table = model.table(tx).name;
      const oneAtATime = !!model.beforeSave || !table;
      const written = oneAtATime ? await oneByOne(tx, model, accepted.map((a) => a.save), user, names) : await writeAll(tx, model, table!, accepted.map((a) => a.save), user, names);
      const out = refused.slice() as BatchResult[];
      accepted.forEach(({ i }, k) => (out[i] = { ok: true, ...written[k] }));
      await after?.(tx, out);
      return out;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

type Saved = { id: string; version: number };

async function oneByOne(tx: Tx, model: RecordModel, saves: readonly BatchSave[], user: CurrentUser, names: SortKeyCache): Promise<Saved[]> {
  const out: Saved[] = [];
  for (const save of saves) {
    const written = save.before
      ? await updateIn(tx, model, save.before.id, save.before.version, save.before, save.fields, user, false, save.extra, names)
      : await createIn(tx, model, save.fields, user, false, save.extra, names);
    out.push({ id: written.id, version: written.version });
  }
  return out;
}

/**
 * createIn's and updateIn's bodies for the whole batch (the module has no beforeSave): rows, then every search
 * token and history row in a few statements, then each record's follow-ups (titles pointing to it, afterSave).
 */
async function writeAll(tx: Tx, model: RecordModel, table: string, saves: readonly BatchSave[], user: CurrentUser, names: SortKeyCache): Promise<Saved[]> {
  const at = new Date();
  const out: Saved[] = [];
  const created: Fields[] = [];
  const tokens: ReturnType<typeof tokenRows> = [];
  const history: ReturnType<typeof auditRows> = [];
  const retokened: string[] = [];
  const followUps: { id: string; before: Row | null; after?: Row; title?: string }[] = [];
  for (const save of saves) {
    if (!save.before) {
      const stored = { ...model.columns(save.fields, { timeZone: user.timeZone }), ...save.extra, createdById: user.id };
      const derived = await writeDerived(tx, model, stored, names);
      const id = newRecordId();
      created.push({ ...stored, ...derived.columns, id, version: 1, createdAt: at, updatedAt: at });
      tokens.push(...tokenRows({ module: model.key, recordId: id, tokens: derived.tokens }));
      history.push(...auditRows({ module: model.key, recordId: id, user, action: "create", version: 1 }, at));
      followUps.push({ id, before: null });
      out.push({ id, version: 1 });
      continue;
    }
    const { before } = save;
    const stored = { ...model.columns(save.fields, { timeZone: user.timeZone }), ...save.extra };
    const after = { ...before, ...stored };
    const derived = await writeDerived(tx, model, after, names);
    const next = before.version + 1;
    const { count } = await model.table(tx).updateMany({ where: { AND: [{ id: before.id, version: before.version }, { deletedAt: null }] }, data: { ...stored, ...derived.columns, version: next } as never });
    if (count !== 1) throw new VersionConflict();
    retokened.push(before.id);
    tokens.push(...tokenRows({ module: model.key, recordId: before.id, tokens: derived.tokens }));
    const changes = diffValues(model.auditValues(before), model.auditValues(after), model.auditFields);
    history.push(...auditRows({ module: model.key, recordId: before.id, user, action: "update", changes, version: next }, at));
    const title = recordTitle(model.def, after);
    followUps.push({ id: before.id, before, after: { ...after, ...derived.columns, version: next }, title: title !== recordTitle(model.def, before) ? title : undefined });
    out.push({ id: before.id, version: next });
  }
  await insertRows(tx, table, created);
  // Prisma binds at most 999 values in one SQLite query.
  for (let i = 0; i < retokened.length; i += 500) await tx.searchToken.deleteMany({ where: { recordId: { in: retokened.slice(i, i + 500) } } });
  await insertRows(tx, "SearchToken", tokens.map((t) => ({ id: newRecordId(), ...t })));
  await insertRows(tx, "AuditLog", history.map((h) => ({ id: newRecordId(), ...h })));
  const newRows = model.afterSave && created.length > 0 ? await readBack(tx, model, created.map((c) => String(c.id))) : new Map<string, Row>();
  for (const f of followUps) {
    if (f.title !== undefined) await rewriteRelationSortKeys(tx, model.key, f.id, f.title);
    const row = f.after ?? newRows.get(f.id);
    if (model.afterSave && row) await model.afterSave(tx, { id: f.id, before: f.before, after: row, user });
  }
  return out;
}

/** The new rows as the database holds them (its defaults filled in), for a module's afterSave. */
async function readBack(tx: Tx, model: RecordModel, ids: readonly string[]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = (await model.table(tx).findMany({ where: { id: { in: ids.slice(i, i + 500) } } })) as Row[];
    for (const row of rows) out.set(row.id, row);
  }
  return out;
}
