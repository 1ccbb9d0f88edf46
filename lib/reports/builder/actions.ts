"use server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { canModule } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { searchParamsOf, MAX_QUERY } from "@/lib/list-tools/query";
import { modelOf, MODULE_KEYS } from "@/lib/modules/registry";
import { cleanSpec } from "@/lib/reports/builder/spec";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const saveSchema = z
  .object({
    id: id.optional(),
    version: z.coerce.number().int().min(1).optional(),
    name: z.string().trim().min(1).max(255),
    module: z.enum(MODULE_KEYS as [string, ...string[]]),
    cols: z.array(z.string().max(64)).max(40).default([]),
    group: z.string().max(64).optional(),
    query: z.string().max(MAX_QUERY).default(""),
    share: z.array(id).max(200).default([]),
  })
  .strict();

/**
 * « Enregistrer » in the report builder: creates a report, or updates one the user owns when the version they
 * edited is still current (a colleague's concurrent edit is never overwritten). Sharing names active colleagues.
 */
export const saveReport = defineAction({
  permission: "record.read",
  schema: saveSchema,
  async handler(input, user) {
    const model = modelOf(input.module);
    if (!model || !(await canModule(user, input.module, "read"))) throw new ActionError("errors.forbidden");
    const spec = await cleanSpec(model.def, user, { columns: input.cols, groupBy: input.group || null, search: searchParamsOf(input.query) });
    const colleagues = await db.user.findMany({ where: { id: { in: input.share.filter((u) => u !== user.id) }, active: true }, select: { id: true } });
    const data = { name: input.name, module: spec.module, columns: JSON.stringify(spec.columns), groupBy: spec.groupBy, query: spec.query };
    return db.$transaction(async (tx) => {
      if (!input.id) {
        const created = await tx.savedReport.create({ data: { ...data, ownerId: user.id, shares: { create: colleagues.map((c) => ({ userId: c.id })) } } });
        return { id: created.id };
      }
      const updated = await tx.savedReport.updateMany({ where: { id: input.id, ownerId: user.id, version: input.version ?? -1 }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) {
        const exists = await tx.savedReport.count({ where: { id: input.id, ownerId: user.id } });
        throw new ActionError(exists ? "reports.builder.conflict" : "errors.notFound");
      }
      await tx.savedReportShare.deleteMany({ where: { reportId: input.id } });
      if (colleagues.length) await tx.savedReportShare.createMany({ data: colleagues.map((c) => ({ reportId: input.id!, userId: c.id })) });
      return { id: input.id };
    });
  },
});

/** « Supprimer »: the owner only. */
export const deleteReport = defineAction({
  permission: "record.read",
  schema: z.object({ id }).strict(),
  async handler(input, user) {
    const { count } = await db.savedReport.deleteMany({ where: { id: input.id, ownerId: user.id } });
    if (count === 0) throw new ActionError("errors.notFound");
    return { id: input.id };
  },
});

// The forms post here without JavaScript; the outcome is the next page (or the form again with the message).
export async function saveReportForm(form: FormData) {
  const locale = await getLocale();
  const result = await saveReport(form);
  if (result.ok) redirect(`/${locale}/reports/saved/${result.data.id}?saved=1`);
  const back = new URLSearchParams({ ...Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && ["module", "group", "id"].includes(k)) as [string, string][]), error: result.error });
  redirect(`/${locale}/reports/builder?${back}&${String(form.get("query") ?? "")}&${form.getAll("cols[]").map((c) => `show=${encodeURIComponent(String(c))}`).join("&")}`);
}

export async function deleteReportForm(form: FormData) {
  const locale = await getLocale();
  const result = await deleteReport(form);
  redirect(`/${locale}/reports${result.ok ? "?deleted=1" : `?error=${encodeURIComponent(result.error)}`}`);
}
