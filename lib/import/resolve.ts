import "server-only";
// Relations of an imported row, by what the old CRM's export holds: a contact's partner by its old id or its
// name, an activity's or note's « Lié à » by the old id of a client, contact or partner, « Assigné à » by a
// colleague's e-mail or name. Lookups are equalities on indexed columns, remembered for the whole batch.
import { db } from "@/lib/db";
import { modelOf } from "@/lib/modules/registry";
import { nameKey } from "@/lib/records/normalize";
import { fold } from "@/lib/import/suggest";
import type { FieldDef } from "@/lib/records/types";

type Found = { id: string } | null;

export function createResolver() {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, load());
    return cache.get(key) as Promise<T>;
  };
  const byLegacyId = (module: string, legacyId: string) =>
    once(`${module}:${legacyId}`, async () => {
      const model = modelOf(module);
      if (!model) return null;
      return ((await model.table(db).findFirst({ where: { AND: [{ legacyId }, { deletedAt: null }] }, select: { id: true } })) as Found)?.id ?? null;
    });
  const users = () => once("users", () => db.user.findMany({ where: { active: true }, select: { id: true, name: true, email: true } }));

  return {
    byLegacyId,
    /** The value a relation, « Lié à » or user field takes for this cell: an id, a `{module,id}`, "" or undefined (not found). */
    async resolve(field: FieldDef, raw: string): Promise<unknown> {
      const value = raw.trim();
      if (!value) return field.kind === "parent" ? null : "";
      if (field.kind === "relation" && field.relation) {
        const target = field.relation.module;
        const byId = await byLegacyId(target, value);
        if (byId) return byId;
        const model = modelOf(target);
        if (!model) return undefined;
        const key = nameKey(value);
        const found = await once(`${target}#${key}`, async () => ((await model.table(db).findFirst({ where: { AND: [{ nameKey: key }, { deletedAt: null }] }, select: { id: true } })) as Found)?.id ?? null);
        return found ?? undefined;
      }
      if (field.kind === "parent") {
        for (const target of field.parent?.modules ?? []) {
          const id = await byLegacyId(target, value);
          if (id) return { module: target, id };
        }
        return undefined;
      }
      if (field.kind === "user") {
        const wanted = fold(value);
        const found = (await users()).find((u) => u.id === value || fold(u.email) === wanted || fold(u.name) === wanted);
        return found?.id ?? undefined;
      }
      return raw;
    },
  };
}

export type Resolver = ReturnType<typeof createResolver>;
