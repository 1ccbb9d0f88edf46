"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { MODULE_KEYS, MODULES } from "@/lib/modules/registry";

/** The star on a record: adds it to or removes it from the user's « Favoris ». Only live records can be starred. */
export const toggleFavorite = defineAction({
  permission: "record.read",
  schema: z.object({ module: z.enum(MODULE_KEYS as [string, ...string[]]), id: z.string().min(1).max(64) }).strict(),
  async handler({ module, id }, user) {
    const existing = await db.favorite.findUnique({ where: { userId_module_recordId: { userId: user.id, module, recordId: id } } });
    if (existing) {
      await db.favorite.delete({ where: { id: existing.id } });
    } else {
      const titles = await MODULES[module as keyof typeof MODULES].titles([id], user);
      if (!titles.has(id)) throw new ActionError("errors.notFound");
      await db.favorite.create({ data: { userId: user.id, module, recordId: id } });
    }
    revalidatePath("/[locale]", "layout");
    return { favorite: !existing };
  },
});
