import "server-only";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/actions/errors";
import { clientsModel } from "@/lib/modules/clients/model";
import { MODULES, type ModuleKey } from "@/lib/modules/registry";
import { logEvent } from "@/lib/records/audit";
import type { RecordModel } from "@/lib/records/model";
import { replaceTokens } from "@/lib/records/search";
import type { Tx } from "@/lib/records/store";
import { CLIENT_MODULES, dependentsOf, eraseRecords, removeBlobs } from "@/lib/privacy/erase";

type Actor = { id: string | null; name: string };

/** The first day of the period: clients with nothing newer are inactive. */
export function inactiveCutoff(months: number, now = new Date()): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

const CANDIDATES = 200;
const MAX_SCANNED = 2000;
export type InactiveClient = { id: string; firstName: string; lastName: string; updatedAt: Date };

/**
 * One page of the retention review: live clients not under legal hold whose file, activities, notes, documents,
 * CVs, programs, services, SAE files and visits all date from before `cutoff`, oldest first, keyset-paged on
 * (updatedAt, id). Candidates come from the (deletedAt, updatedAt, id) index; their recent records are checked per
 * batch, so a page reads a bounded number of rows whatever the table's size.
 */
export async function inactiveClients(cutoff: Date, opts: { after?: { updatedAt: Date; id: string } | null; take?: number } = {}) {
  const take = opts.take ?? 50;
  const found: InactiveClient[] = [];
  let after = opts.after ?? null;
  let scanned = 0;
  while (found.length < take && scanned < MAX_SCANNED) {
    const batch = await db.client.findMany({
      where: {
        AND: [
          { deletedAt: null, legalHold: false, updatedAt: { lt: cutoff } },
          after ? { OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { gt: after.id } }] } : {},
          { visits: { none: { visitedAt: { gte: cutoff } } } },
        ],
      },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: CANDIDATES,
      select: { id: true, firstName: true, lastName: true, updatedAt: true },
    });
    if (batch.length === 0) return { rows: found, next: null };
    scanned += batch.length;
    const active = await recentlyActive(batch.map((c) => c.id), cutoff);
    for (const c of batch) {
      after = { updatedAt: c.updatedAt, id: c.id };
      if (active.has(c.id)) continue;
      found.push(c);
      if (found.length === take) break;
    }
    if (batch.length < CANDIDATES && found.length < take) return { rows: found, next: null };
  }
  return { rows: found, next: after };
}

/** Of these clients, those with a record of another module changed since the cutoff. */
async function recentlyActive(ids: string[], cutoff: Date): Promise<Set<string>> {
  const hits = await Promise.all(
    CLIENT_MODULES.map(async ({ model, column }) => {
      const rows = (await model.table(db).findMany({ where: { [column]: { in: ids }, updatedAt: { gte: cutoff } }, select: { [column]: true } })) as Record<string, string>[];
      return rows.map((r) => r[column]);
    }),
  );
  return new Set(hits.flat());
}

async function liveUnheldClient(tx: Tx, id: string) {
  const client = await tx.client.findFirst({ where: { id, deletedAt: null } });
  if (!client) throw new ActionError("errors.notFound");
  if (client.legalHold) throw new ActionError("privacy.legalHoldRefused");
  return client;
}

export const ANONYMOUS = "Anonyme";
/** What an anonymised client keeps: statuses, languages, places and dates of arrival are counted in reports. */
const CLIENT_CLEARED = { firstName: "", birthDate: null, email: null, otherEmail: null, phone: null, mobile: null, street: null, postalCode: null, immigrationStatus: null, uci: null, description: null, targetOccupation: null } as const;
/** Free text of the records kept for counts: it may name the person or tell their story. */
const KEPT_TEXT: Partial<Record<ModuleKey, readonly string[]>> = {
  calls: ["description"],
  meetings: ["description", "location"],
  tasks: ["description"],
  programs: ["note"],
  services: ["note"],
  sae: ["employmentGoal", "actionPlan"],
};
/** Records that are the person's own words or papers: deleted with their files. */
const ERASED_MODULES: readonly ModuleKey[] = ["documents", "notes", "cvs"];

/**
 * Anonymises one inactive client: names, contact details and sensitive fields replaced, documents, notes and CVs
 * deleted with their files, free text of activities, programs, services and SAE files cleared, visit comments
 * and notifications removed. Services, programs and activities stay, so reports keep their counts.
 */
export async function anonymiseClient(id: string, actor: Actor, ip: string | null = null) {
  const { storageKeys, counts } = await db.$transaction(async (tx) => {
    const client = await liveUnheldClient(tx, id);
    const lastName = `${ANONYMOUS} ${id.slice(-6).toUpperCase()}`;
    const values = { ...client, ...CLIENT_CLEARED, lastName };
    const derived = clientsModel.derive(values);
    await tx.client.update({ where: { id }, data: { ...CLIENT_CLEARED, lastName, ...(derived.columns as object), version: client.version + 1 } });
    await replaceTokens(tx, { module: "clients", recordId: id, tokens: derived.tokens });
    const storageKeys: string[] = [];
    const counts: Record<string, number> = {};
    for (const dep of await dependentsOf(tx, [id])) {
      const key = dep.module as ModuleKey;
      const model = MODULES[key] as RecordModel;
      if (ERASED_MODULES.includes(key)) {
        const erased = await eraseRecords(tx, model, [dep.id]);
        storageKeys.push(...erased.storageKeys);
        counts[key] = (counts[key] ?? 0) + erased.records;
        continue;
      }
      const row = (await model.table(tx).findFirst({ where: { id: dep.id } })) as Record<string, unknown>;
      const patch: Record<string, unknown> = Object.fromEntries((KEPT_TEXT[key] ?? []).map((f) => [f, null]));
      if ("participant" in row) patch.participant = lastName;
      const again = model.derive({ ...row, ...patch });
      await model.table(tx).updateMany({ where: { id: dep.id }, data: { ...patch, ...again.columns } as never });
      await replaceTokens(tx, { module: key, recordId: dep.id, tokens: again.tokens });
    }
    const files = await tx.storedFile.findMany({ where: { module: "clients", recordId: id }, select: { storageKey: true } });
    await tx.storedFile.deleteMany({ where: { module: "clients", recordId: id } });
    storageKeys.push(...files.map((f) => f.storageKey));
    await tx.visit.updateMany({ where: { clientId: id }, data: { comment: null } });
    await tx.notification.deleteMany({ where: { module: "clients", recordId: id } });
    await logEvent(tx, { action: "anonymise", user: actor, ip, module: "clients", recordId: id, detail: { erased: counts, files: storageKeys.length } });
    return { storageKeys, counts };
  });
  await removeBlobs(storageKeys);
  return { files: storageKeys.length, erased: counts };
}

/** Deletes one inactive client for good, with every record of theirs and every file. */
export async function eraseClient(id: string, actor: Actor, ip: string | null = null) {
  const { storageKeys, records } = await db.$transaction(async (tx) => {
    await liveUnheldClient(tx, id);
    const storageKeys: string[] = [];
    let records = 0;
    const deps = await dependentsOf(tx, [id]);
    for (const m of new Set(deps.map((d) => d.module))) {
      const erased = await eraseRecords(tx, MODULES[m as ModuleKey] as RecordModel, deps.filter((d) => d.module === m).map((d) => d.id));
      storageKeys.push(...erased.storageKeys);
      records += erased.records;
    }
    const erased = await eraseRecords(tx, clientsModel as RecordModel, [id]);
    storageKeys.push(...erased.storageKeys);
    await logEvent(tx, { action: "erase", user: actor, ip, module: "clients", recordId: id, detail: { records, files: storageKeys.length } });
    return { storageKeys, records };
  });
  await removeBlobs(storageKeys);
  return { records, files: storageKeys.length };
}

/** An admin puts a client under legal hold or lifts it; no version bump (the client's form is not affected). */
export async function setLegalHold(id: string, hold: boolean, actor: Actor, ip: string | null = null) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.client.updateMany({ where: { id }, data: { legalHold: hold } });
    if (count !== 1) throw new ActionError("errors.notFound");
    await logEvent(tx, { action: "legalHold", user: actor, ip, module: "clients", recordId: id, detail: { hold } });
  });
}
