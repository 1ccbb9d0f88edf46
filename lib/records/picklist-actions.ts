"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { rewritePicklistSortKeys } from "@/lib/records/sort-keys";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { DEFAULT_PICKLISTS } from "@/lib/records/picklist-defaults";
import { words } from "@/lib/records/normalize";
import { invalidatePicklists } from "@/lib/records/picklists";

const LISTS = Object.keys(DEFAULT_PICKLISTS) as [string, ...string[]];
const label = z.string().trim().min(1).max(255);

/** Adds a value to a list. Its stored key comes from the French label and never changes afterwards. */
export const addPicklistValue = defineAction({
  permission: "picklists.manage",
  schema: z.object({ list: z.enum(LISTS), labelFr: label, labelEn: label }).strict(),
  async handler({ list, labelFr, labelEn }) {
    const base = words(labelFr).join("-").slice(0, 60) || "valeur";
    const taken = new Set((await db.picklistValue.findMany({ where: { list, value: { startsWith: base } }, select: { value: true } })).map((r) => r.value));
    let value = base;
    for (let i = 2; taken.has(value); i++) value = `${base}-${i}`;
    if ((await db.picklistValue.count({ where: { list, labelFr } })) > 0) {
      throw new ActionError("errors.invalid", { fieldErrors: { labelFr: { key: "lists.duplicate" } } });
    }
    const position = (await db.picklistValue.count({ where: { list } })) + 1;
    await db.picklistValue.create({ data: { list, value, labelFr, labelEn, position } });
    invalidatePicklists();
    revalidatePath("/[locale]", "layout");
    return { value };
  },
});

/** Renames a value or takes it out of the choices; records that already have it keep it. */
export const updatePicklistValue = defineAction({
  permission: "picklists.manage",
  schema: z.object({ id: z.string().min(1).max(64), labelFr: label, labelEn: label, active: z.boolean() }).strict(),
  async handler({ id, labelFr, labelEn, active }) {
    const value = await db.picklistValue.findUnique({ where: { id }, select: { list: true, value: true } });
    const { count } = await db.picklistValue.updateMany({ where: { id }, data: { labelFr, labelEn, active } });
    invalidatePicklists();
    if (count !== 1 || !value) throw new ActionError("errors.notFound");
    // Lists sort by label: records holding this value now sort under its new name.
    await rewritePicklistSortKeys(value.list, value.value, { fr: labelFr, en: labelEn });
    revalidatePath("/[locale]", "layout");
    return { id };
  },
});
