import "server-only";
import { db } from "@/lib/db";
import { ActionError, type FieldError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { diffValues, writeAudit } from "@/lib/records/audit";
import { parseJsonArray } from "@/lib/records/display";
import { picklistAccepts } from "@/lib/records/picklists";
import { replaceTokens } from "@/lib/records/search";
import { derivedSortKeys, rewriteRelationSortKeys, type SortKeyCache } from "@/lib/records/sort-keys";
import { recordTitle } from "@/lib/records/display";
import { modelOf } from "@/lib/modules/registry";
import type { RecordModel, Row } from "@/lib/records/model";
import type { Tx } from "@/lib/records/store";
import { notifyRecordChange } from "@/lib/notifications/record-notifications";
import { sendNotificationMailsLater, type NotificationMail } from "@/lib/notifications/mail";

type Fields = Record<string, unknown>;

/** Thrown inside the transaction when the record changed since the form loaded it. */
export class VersionConflict extends Error {}

/**
 * The references a form may carry — a user, a list value, a related record — must exist and be usable; a value the
 * record already had stays acceptable (a retired list value, a partner since moved to the recycle bin). `memo`
 * lets a batch check each distinct reference once.
 */
export async function checkReferences(model: RecordModel, fields: Fields, before: Row | null, user: CurrentUser, memo?: Map<string, Promise<boolean>>): Promise<void> {
  const once = (key: string, check: () => Promise<boolean>) => {
    if (!memo) return check();
    if (!memo.has(key)) memo.set(key, check());
    return memo.get(key)!;
  };
  const exists = (module: string, id: string) =>
    once(`${module}:${id}`, async () => {
      const target = modelOf(module);
      return !!target && (await target.titles([id], user)).has(id);
    });
  const errors: Record<string, FieldError> = {};
  const was = before ? model.auditValues(before) : {};
  for (const field of model.def.fields) {
    if (field.virtual || field.system || field.computed || !(field.name in fields)) continue;
    const value = fields[field.name];
    const previous = before?.[field.name];
    if (field.kind === "parent") {
      const chosen = value as { module: string; id: string } | null;
      if (!chosen || `${chosen.module}:${chosen.id}` === was[field.name]) continue;
      if (!field.parent?.modules.includes(chosen.module) || !(await exists(chosen.module, chosen.id))) errors[field.name] = { key: "records.badReference" };
      continue;
    }
    const values = Array.isArray(value) ? value.map(String) : typeof value === "string" && value !== "" ? [value] : [];
    if (values.length === 0) continue;
    if (field.kind === "users") {
      // Colleagues already invited stay even once deactivated; each new one must be an active user.
      const kept = new Set(parseJsonArray(previous));
      const added = values.filter((id) => !kept.has(id));
      if (added.length === 0) continue;
      const active = await once(`users:${[...added].sort().join(",")}`, async () => (await db.user.count({ where: { id: { in: added }, active: true } })) === added.length);
      if (!active) errors[field.name] = { key: "records.badReference" };
    } else if (field.kind === "user") {
      if (value === previous) continue;
      const active = await once(`user:${String(value)}`, async () => !!(await db.user.findUnique({ where: { id: String(value) }, select: { active: true } }))?.active);
      if (!active) errors[field.name] = { key: "records.badReference" };
    } else if (field.picklist) {
      const kept = typeof previous === "string" ? (previous.startsWith("[") ? parseJsonArray(previous) : [previous]) : [];
      const list = field.picklist;
      if (!(await once(`list:${list}:${JSON.stringify([values, kept])}`, () => picklistAccepts(list, values, kept)))) errors[field.name] = { key: "validation.choice" };
    } else if (field.kind === "relation" && field.relation) {
      if (value === previous) continue;
      if (!(await exists(field.relation.module, String(value)))) errors[field.name] = { key: "records.badReference" };
    }
  }
  if (Object.keys(errors).length > 0) throw new ActionError("errors.invalid", { fieldErrors: errors });
}

export async function writeDerived(tx: Tx, model: RecordModel, values: Fields, cache?: SortKeyCache) {
  const derived = model.derive(values);
  return { columns: { ...derived.columns, ...(await derivedSortKeys(tx, model, values, cache)) }, tokens: derived.tokens };
}

type SaveInput = Fields & { id?: string; version?: number };
type Written = { id: string; version: number; mails: NotificationMail[] };

/** The create inside a transaction: row, derived and sort keys, search tokens, change log, notifications. */
export async function createIn(tx: Tx, model: RecordModel, fields: Fields, user: CurrentUser, notify: boolean, extra: Fields = {}, cache?: SortKeyCache): Promise<Written> {
  const stored = { ...model.columns(fields, { timeZone: user.timeZone }), ...extra, createdById: user.id };
  Object.assign(stored, await model.beforeSave?.(tx, { id: null, before: null, values: stored, user }));
  const derived = await writeDerived(tx, model, stored, cache);
  const row = (await model.table(tx).create({ data: { ...stored, ...derived.columns } as never })) as Row;
  await replaceTokens(tx, { module: model.key, recordId: row.id, tokens: derived.tokens });
  await writeAudit(tx, { module: model.key, recordId: row.id, user, action: "create", version: row.version });
  await model.afterSave?.(tx, { id: row.id, before: null, after: row, user });
  const mails = notify ? await notifyRecordChange(tx, model, { id: row.id, before: null, after: row, user }) : [];
  return { id: row.id, version: row.version, mails };
}

/** The update of the version the user loaded inside a transaction; VersionConflict when it moved on. */
export async function updateIn(tx: Tx, model: RecordModel, id: string, version: number, before: Row, fields: Fields, user: CurrentUser, notify: boolean, extra: Fields = {}, cache?: SortKeyCache): Promise<Written> {
  const stored = { ...model.columns(fields, { timeZone: user.timeZone }), ...extra };
  Object.assign(stored, await model.beforeSave?.(tx, { id, before, values: { ...before, ...stored }, user }));
  const after = { ...before, ...stored };
  const derived = await writeDerived(tx, model, after, cache);
  const next = version + 1;
  const { count } = await model.table(tx).updateMany({ where: { AND: [{ id, version }, { deletedAt: null }] }, data: { ...stored, ...derived.columns, version: next } as never });
  if (count !== 1) throw new VersionConflict();
  await replaceTokens(tx, { module: model.key, recordId: id, tokens: derived.tokens });
  const changes = diffValues(model.auditValues(before), model.auditValues(after), model.auditFields);
  await writeAudit(tx, { module: model.key, recordId: id, user, action: "update", changes, version: next });
  const title = recordTitle(model.def, after);
  if (title !== recordTitle(model.def, before)) await rewriteRelationSortKeys(tx, model.key, id, title);
  const written = { ...after, ...derived.columns, version: next };
  await model.afterSave?.(tx, { id, before, after: written, user });
  const mails = notify ? await notifyRecordChange(tx, model, { id, before, after: written, user }) : [];
  return { id, version: next, mails };
}

/**
 * Create or update one record: references checked, derived keys, sort keys and search tokens rewritten, and the
 * change log written, all in one transaction. An update only applies to the version the user loaded; otherwise
 * the result is "records.conflict" with what changed since (see conflictChanges). Assignment and @mention
 * notifications are written in the same transaction; their e-mail copies leave after it commits.
 */
export async function saveRecord(model: RecordModel, input: SaveInput, user: CurrentUser): Promise<{ id: string; version: number }> {
  const { id, version, confirmDuplicates: _confirmed, ...fields } = input;
  if (!id) {
    await checkReferences(model, fields, null, user);
    const created = await retryUniqueOnce(model, () => db.$transaction((tx) => createIn(tx, model, fields, user, true)));
    sendNotificationMailsLater(created.mails);
    return { id: created.id, version: created.version };
  }
  if (version === undefined) throw new ActionError("errors.invalid");
  const before = await model.find(db, id, user);
  if (!before) throw new ActionError("errors.notFound");
  if (before.version !== version) throw new ActionError("records.conflict", { conflict: await conflictChanges(model, id, version) });
  await checkReferences(model, fields, before, user);
  try {
    const saved = await retryUniqueOnce(model, () => db.$transaction((tx) => updateIn(tx, model, id, version, before, fields, user, true)));
    sendNotificationMailsLater(saved.mails);
    return { id: saved.id, version: saved.version };
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    if (!(await model.find(db, id, user))) throw new ActionError("errors.notFound");
    throw new ActionError("records.conflict", { conflict: await conflictChanges(model, id, version) });
  }
}

/**
 * A module whose beforeSave checks a unique number may lose a race to a concurrent save: the database refuses
 * the second row (P2002), and one more try lets the check see the winner and answer with its message.
 */
async function retryUniqueOnce<T>(model: RecordModel, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!model.beforeSave || (error as { code?: unknown })?.code !== "P2002") throw error;
    return run();
  }
}

/** Fields changed by others since `version`, who changed them last and when. */
export async function conflictChanges(model: RecordModel, id: string, version: number) {
  const rows = await db.auditLog.findMany({
    where: { module: model.key, recordId: id, action: "update", version: { gt: version } },
    orderBy: { createdAt: "desc" },
    select: { field: true, userName: true, createdAt: true },
  });
  return {
    changedFields: [...new Set(rows.map((r) => r.field).filter((f): f is string => !!f))],
    changedBy: rows[0]?.userName ?? null,
    changedAt: rows[0]?.createdAt.toISOString() ?? null,
  };
}

/** Moves a record in the user's scope to the recycle bin (deletedAt) with its files, logged. */
export async function deleteRecord(model: RecordModel, id: string, user: CurrentUser): Promise<void> {
  await db.$transaction((tx) => binRecordIn(tx, model, id, user));
}

/** deleteRecord's body inside a caller's transaction (an import's undo bins its records a batch at a time). */
export async function binRecordIn(tx: Tx, model: RecordModel, id: string, user: CurrentUser): Promise<void> {
  const row = await model.find(tx, id, user);
  if (!row) throw new ActionError("errors.notFound");
  const deletedAt = new Date();
  const { count } = await model.table(tx).updateMany({ where: { AND: [{ id }, { deletedAt: null }] }, data: { deletedAt } as never });
  if (count !== 1) throw new ActionError("errors.notFound");
  await tx.storedFile.updateMany({ where: { module: model.key, recordId: id, deletedAt: null }, data: { deletedAt } });
  await model.afterBinChange?.(tx, { id, row, deleted: true });
  await writeAudit(tx, { module: model.key, recordId: id, user, action: "delete" });
}

/** Brings a record back from the recycle bin, logged. */
export async function restoreRecord(model: RecordModel, id: string, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await model.find(tx, id, user, { deleted: true });
    if (!row) throw new ActionError("errors.notFound");
    await model.table(tx).updateMany({ where: { id }, data: { deletedAt: null } as never });
    await tx.storedFile.updateMany({ where: { module: model.key, recordId: id }, data: { deletedAt: null } });
    await model.afterBinChange?.(tx, { id, row, deleted: false });
    await writeAudit(tx, { module: model.key, recordId: id, user, action: "restore" });
  });
}
