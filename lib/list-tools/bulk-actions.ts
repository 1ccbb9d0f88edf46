"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { canModule, hiddenFields } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { modelOf } from "@/lib/modules/registry";
import { logEvent } from "@/lib/records/audit";
import { deleteRecord, saveRecord as writeRecord } from "@/lib/records/service";
import { recordTitle } from "@/lib/records/display";
import { canonicalQuery, listStateOf, MAX_QUERY } from "@/lib/list-tools/query";
import { BULK_BATCH, BULK_MAX, bulkFields, type BulkFailure, type BulkItem } from "@/lib/list-tools/bulk";

// « Action Lot ». The browser drives a run in batches of 100 (and draws the progress bar): first the ids and
// versions of every matching record (bulkMatching), then bulkApply per batch. Every record is read again in the
// user's scope, changed only at the version the user saw, with the permission its action needs, and written by
// the same save / delete flow as a form (change log included); refusals come back with their reason.

const notFound = { ok: false as const, error: "errors.notFound" };
const idRe = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids and versions of every record the list's query matches, in list order, at most BULK_MAX. */
export async function bulkMatching(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, model.key, "bulk"),
    schema: z.object({ query: z.string().max(MAX_QUERY) }).strict(),
    async handler({ query }, user) {
      const params = listStateOf(model.def, query);
      const items: BulkItem[] = [];
      let cursor: string | null = null;
      do {
        const batch = await model.batch({ ...params, cursor }, user, 500);
        for (const r of batch.rows) if (items.length < BULK_MAX) items.push({ id: r.id, version: r.version });
        cursor = batch.nextCursor;
      } while (cursor && items.length < BULK_MAX);
      return { items, capped: cursor !== null };
    },
  })(input);
}

const applySchema = z
  .object({
    op: z.enum(["update", "favorite", "delete"]),
    items: z.array(z.object({ id: z.string().regex(idRe), version: z.number().int().min(1) }).strict()).min(1).max(BULK_BATCH),
    values: z.record(z.string().max(64), z.union([z.string().max(255), z.boolean(), z.null()])).optional(),
    query: z.string().max(MAX_QUERY).optional(),
  })
  .strict();

export async function bulkApply(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    schema: applySchema,
    async handler({ op, items, values, query }, user) {
      const needed = op === "update" ? "edit" : op === "delete" ? "delete" : "read";
      if (!(await canModule(user, model.key, "bulk")) || !(await canModule(user, model.key, needed))) throw new ActionError("errors.forbidden");
      const hide = await hiddenFields(user, model.key);
      const fields: Record<string, unknown> = {};
      if (op === "update") {
        const allowed = new Map(bulkFields(model.def).filter((f) => !hide.has(f.name)).map((f) => [f.name, f]));
        const entries = Object.entries(values ?? {});
        if (entries.length === 0) throw new ActionError("errors.invalid", { fieldErrors: { values: { key: "validation.required" } } });
        for (const [name, raw] of entries) {
          const field = allowed.get(name);
          const parsed = field ? model.fieldSchemas[name]?.safeParse(model.fieldInput(field, raw ?? "")) : undefined;
          if (!parsed?.success) throw new ActionError("errors.invalid", { fieldErrors: { [name]: { key: "validation.unknownField" } } });
          fields[name] = parsed.data;
        }
      }
      const failures: BulkFailure[] = [];
      let done = 0;
      for (const item of items) {
        const current = await model.find(db, item.id, user);
        const title = current ? recordTitle(model.def, current) : item.id;
        try {
          if (!current) throw new ActionError("errors.notFound");
          if (current.version !== item.version) throw new ActionError("records.conflict");
          if (op === "update") await writeRecord(model, { id: item.id, version: item.version, ...fields }, user);
          else if (op === "delete") await deleteRecord(model, item.id, user);
          else
            await db.favorite.upsert({
              where: { userId_module_recordId: { userId: user.id, module: model.key, recordId: item.id } },
              create: { userId: user.id, module: model.key, recordId: item.id },
              update: {},
            });
          done += 1;
        } catch (error) {
          if (!(error instanceof ActionError)) throw error;
          failures.push({ id: item.id, title, reason: error.key });
        }
      }
      const filter = query !== undefined ? canonicalQuery(model.def, listStateOf(model.def, query)) : null;
      await logEvent(db, { action: "bulk", user: { id: user.id, name: user.name }, module: model.key, detail: { op, fields: Object.keys(fields), filter, done, failed: failures.map((f) => ({ id: f.id, reason: f.reason })) } });
      if (done > 0) revalidatePath("/[locale]", "layout");
      return { done, failures };
    },
  })(input);
}
