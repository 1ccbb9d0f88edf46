"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { modelOf } from "@/lib/modules/registry";
import { canonicalQuery, listStateOf, MAX_QUERY } from "@/lib/list-tools/query";
import { choosableColumns } from "@/lib/list-tools/preferences";

// « Mes filtres » and « Afficher colonnes »: each user's own rows, per module. The page binds the module key; it
// is checked against the registry on every call, and a filter's query is re-parsed against that module's
// definition before it is stored, so a saved filter holds only what the list itself would accept.

const notFound = { ok: false as const, error: "errors.notFound" };
const name = z.string().trim().min(1).max(100);
const id = z.string().min(1).max(64);
const revalidate = () => revalidatePath("/[locale]", "layout");

export async function saveFilter(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: "record.read",
    schema: z.object({ name, query: z.string().max(MAX_QUERY), isDefault: z.boolean() }).strict(),
    async handler(values, user) {
      const query = canonicalQuery(model.def, listStateOf(model.def, values.query));
      const saved = await db.$transaction(async (tx) => {
        if (values.isDefault) await tx.savedFilter.updateMany({ where: { userId: user.id, module: model.key }, data: { isDefault: false } });
        return tx.savedFilter.upsert({
          where: { userId_module_name: { userId: user.id, module: model.key, name: values.name } },
          create: { userId: user.id, module: model.key, name: values.name, query, isDefault: values.isDefault },
          update: { query, isDefault: values.isDefault },
        });
      });
      revalidate();
      return { id: saved.id, query };
    },
  })(input);
}

/** Rename, make (or stop being) the default, or delete one of the user's own saved filters. */
export async function updateFilter(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: "record.read",
    schema: z.discriminatedUnion("op", [
      z.object({ op: z.literal("rename"), id, name }).strict(),
      z.object({ op: z.literal("default"), id, isDefault: z.boolean() }).strict(),
      z.object({ op: z.literal("delete"), id }).strict(),
    ]),
    async handler(values, user) {
      const mine = { id: values.id, userId: user.id, module: model.key };
      const row = await db.savedFilter.findFirst({ where: mine, select: { id: true } });
      if (!row) throw new ActionError("errors.notFound");
      if (values.op === "delete") await db.savedFilter.delete({ where: { id: row.id } });
      else if (values.op === "rename") {
        const taken = await db.savedFilter.findFirst({ where: { userId: user.id, module: model.key, name: values.name, NOT: { id: row.id } }, select: { id: true } });
        if (taken) throw new ActionError("errors.invalid", { fieldErrors: { name: { key: "listTools.filterNameTaken" } } });
        await db.savedFilter.update({ where: { id: row.id }, data: { name: values.name } });
      } else {
        await db.$transaction([
          db.savedFilter.updateMany({ where: { userId: user.id, module: model.key }, data: { isDefault: false } }),
          db.savedFilter.update({ where: { id: row.id }, data: { isDefault: values.isDefault } }),
        ]);
      }
      revalidate();
      return { id: row.id };
    },
  })(input);
}

/** The list's columns in the chosen order; null goes back to the module's own. */
export async function saveColumns(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  const allowed = choosableColumns(model.def) as [string, ...string[]];
  return defineAction({
    permission: "record.read",
    schema: z.object({ columns: z.array(z.enum(allowed)).min(1).max(30).refine((c) => new Set(c).size === c.length).nullable() }).strict(),
    async handler({ columns }, user) {
      const key = { userId_module: { userId: user.id, module: model.key } };
      if (columns === null) await db.listPreference.deleteMany({ where: { userId: user.id, module: model.key } });
      else await db.listPreference.upsert({ where: key, create: { userId: user.id, module: model.key, columns: JSON.stringify(columns) }, update: { columns: JSON.stringify(columns) } });
      revalidate();
      return { columns: columns ?? [...model.def.listColumns] };
    },
  })(input);
}
