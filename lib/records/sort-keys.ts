import "server-only";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { sortKey } from "@/lib/records/normalize";
import { MODULES } from "@/lib/modules/registry";
import { followParticipantRename } from "@/lib/modules/shared/participant";
import type { RecordModel } from "@/lib/records/model";
import type { Tx } from "@/lib/records/store";

// Sort keys the record layer keeps on each record so that every sortable column is an index range: a list
// value's label in each language, a user's name (« Assigné à », « Créé par »), a related record's title
// (« Nom du partenaire »). They are rewritten here when the label, the name or the title changes.

type Tree = { [k: string]: string | Tree };
const LOCALES = [["Fr", "fr"], ["En", "en"]] as const;

function optionLabel(module: string, field: string, value: string, locale: string): string {
  const modules = loadMessages(locale).modules as Tree;
  const label = ((((modules[module] as Tree)?.options as Tree)?.[field] as Tree)?.[value]) as string | undefined;
  return label ?? value;
}

/** Names and labels already read, for bulk writers (start-up backfill, benchmark load) that derive many rows. */
export type SortKeyCache = Map<string, string | undefined>;

async function cached(cache: SortKeyCache | undefined, key: string, read: () => Promise<string | undefined>): Promise<string | undefined> {
  if (cache?.has(key)) return cache.get(key);
  const value = await read();
  cache?.set(key, value);
  return value;
}

/** The kept sort keys of one record, from its full set of stored values. */
export async function derivedSortKeys(tx: Tx, model: RecordModel, values: Record<string, unknown>, cache?: SortKeyCache): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [field, sort] of Object.entries(model.sortColumns)) {
    if (!sort.from) continue;
    const value = values[field];
    if (typeof value !== "string" || value === "") {
      if (sort.from === "label") for (const [suffix] of LOCALES) out[`${sort.column}${suffix}`] = "";
      else out[sort.column] = "";
      continue;
    }
    if (sort.from === "user") {
      const name = await cached(cache, `user:${value}`, async () => (await tx.user.findUnique({ where: { id: value }, select: { name: true } }))?.name);
      out[sort.column] = sortKey(name);
    } else if (sort.from === "relation") {
      const target = model.def.fields.find((f) => f.name === field)?.relation?.module;
      const title = await cached(cache, `${target}:${value}`, async () => (target ? (await MODULES[target as keyof typeof MODULES]?.labels([value]))?.get(value)?.label : undefined));
      out[sort.column] = sortKey(title);
    } else {
      const def = model.def.fields.find((f) => f.name === field);
      for (const [suffix, locale] of LOCALES) {
        const label = def?.picklist
          ? await cached(cache, `${def.picklist}:${value}:${locale}`, async () => {
              const picked = await tx.picklistValue.findFirst({ where: { list: def.picklist, value }, select: { labelFr: true, labelEn: true } });
              return picked ? (locale === "en" ? picked.labelEn : picked.labelFr) : value;
            })
          : optionLabel(model.key, field, value, locale);
        out[`${sort.column}${suffix}`] = sortKey(label);
      }
    }
  }
  return out;
}

const models = () => Object.values(MODULES) as RecordModel[];

/** A user's name changed: every record assigned to or created by them sorts under the new name. */
export async function rewriteUserSortKeys(userId: string, name: string): Promise<void> {
  for (const model of models())
    for (const [field, sort] of Object.entries(model.sortColumns))
      if (sort.from === "user") await model.table(db).updateMany({ where: { [field]: userId }, data: { [sort.column]: sortKey(name) } as never });
}

/** An admin renamed a list value: records holding it sort under the new labels. */
export async function rewritePicklistSortKeys(list: string, value: string, labels: { fr: string; en: string }): Promise<void> {
  for (const model of models())
    for (const [field, sort] of Object.entries(model.sortColumns)) {
      if (sort.from !== "label" || model.def.fields.find((f) => f.name === field)?.picklist !== list) continue;
      const data = { [`${sort.column}Fr`]: sortKey(labels.fr), [`${sort.column}En`]: sortKey(labels.en) };
      await model.table(db).updateMany({ where: { [field]: value }, data: data as never });
    }
}

/** A record's title changed: the records that point to it sort under the new title. */
export async function rewriteRelationSortKeys(tx: Tx, module: string, id: string, title: string): Promise<void> {
  await followParticipantRename(tx, models(), module, id, title);
  for (const model of models())
    for (const [field, sort] of Object.entries(model.sortColumns)) {
      if (sort.from !== "relation" || model.def.fields.find((f) => f.name === field)?.relation?.module !== module) continue;
      await model.table(tx).updateMany({ where: { [field]: id }, data: { [sort.column]: sortKey(title) } as never });
    }
}

const BACKFILL = "sortKeys.backfilled";
/** Bump when a model gains kept sort keys that rows written before need. */
const BACKFILL_VERSION = "1";

/**
 * Rows written before their module kept sort keys get them once, in batches (at start-up; a marker in Setting
 * makes later starts skip it). New rows get them from the save flow.
 */
export async function backfillSortKeys(): Promise<void> {
  const done = await db.setting.findUnique({ where: { key: BACKFILL } });
  if (done?.value === BACKFILL_VERSION) return;
  const cache: SortKeyCache = new Map();
  for (const model of models()) {
    let after = "";
    for (;;) {
      const rows = (await model.table(db).findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: 500 })) as Record<string, unknown>[];
      if (rows.length === 0) break;
      await db.$transaction(async (tx) => {
        for (const row of rows) await model.table(tx).updateMany({ where: { id: row.id as string }, data: (await derivedSortKeys(tx, model, row, cache)) as never });
      });
      after = rows[rows.length - 1].id as string;
    }
  }
  await db.setting.upsert({ where: { key: BACKFILL }, create: { key: BACKFILL, value: BACKFILL_VERSION }, update: { value: BACKFILL_VERSION } });
}
