"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { f } from "@/lib/records/zod-fields";
import { dateFromText } from "@/lib/records/date-text";
import { diffValues, writeAudit } from "@/lib/records/audit";
import { replaceTokens } from "@/lib/records/search";
import { derivedSortKeys } from "@/lib/records/sort-keys";
import { picklistAccepts } from "@/lib/records/picklists";
import { activityNumberField } from "@/lib/modules/services/schema";
import { requiredPicklist } from "@/lib/modules/shared/participant-modules";
import { servicesModel } from "@/lib/modules/services/model";

const activitySchema = z
  .object({
    id: z.string().min(1).max(64),
    number: activityNumberField().refine((v) => v !== null, "validation.required"),
    serviceName: requiredPicklist(),
    startDate: f.date(),
    endDate: f.date(),
  })
  .strict();

/**
 * A manager renames an activity (its service name) or corrects its number or dates. The database cascades the
 * number and name to every participant's service; each of those services is then re-keyed (sort keys, search
 * words), versioned (an open form must reload) and logged, in the same transaction.
 */
export const updateActivityNumber = defineAction({
  permission: "activityNumbers.manage",
  schema: activitySchema,
  async handler({ id, number, serviceName, startDate, endDate }, user) {
    if (!(await picklistAccepts("services", [serviceName!]))) throw new ActionError("errors.invalid", { fieldErrors: { serviceName: { key: "validation.choice" } } });
    await db.$transaction(async (tx) => {
      const current = await tx.activityNumber.findUnique({ where: { id } });
      if (!current) throw new ActionError("errors.notFound");
      const holder = await tx.activityNumber.findUnique({ where: { number: number! }, select: { id: true } });
      if (holder && holder.id !== id) throw new ActionError("errors.invalid", { fieldErrors: { number: { key: "activityNumbers.numberTaken", values: { number: number! } } } });
      const before = await tx.service.findMany({ where: { activityNumber: current.number } });
      await tx.activityNumber.update({ where: { id }, data: { number: number!, serviceName: serviceName!, startDate, endDate } });
      for (const row of before) {
        const after = { ...row, activityNumber: number, serviceName };
        const derived = servicesModel.derive(after);
        const version = row.version + 1;
        await tx.service.update({ where: { id: row.id }, data: { ...derived.columns, ...(await derivedSortKeys(tx, servicesModel, after)), version } });
        await replaceTokens(tx, { module: "services", recordId: row.id, tokens: derived.tokens });
        const changes = diffValues(row, after, ["serviceName", "activityNumber"]);
        await writeAudit(tx, { module: "services", recordId: row.id, user, action: "update", changes, version });
      }
    });
    revalidatePath("/[locale]", "layout");
    return { id };
  },
});

/** The same action for the page's plain forms (no script needed): back to the list, with the outcome in the address. */
export async function submitActivityNumber(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const input = Object.fromEntries(["id", "number", "serviceName", "startDate", "endDate"].map((k) => [k, String(formData.get(k) ?? "")]));
  // The page writes dates as « 30/08/2025 » in French: the same rewrite as record forms.
  const result = await updateActivityNumber({ ...input, startDate: dateFromText(input.startDate), endDate: dateFromText(input.endDate) });
  const id = String(formData.get("id") ?? "").slice(0, 64);
  const query = new URLSearchParams({ edited: id });
  if (result.ok) query.set("saved", "1");
  else {
    const [field, error] = Object.entries(result.fieldErrors ?? {})[0] ?? ["", { key: result.error }];
    query.set("error", error.key);
    if (field) query.set("field", field);
    if (error.values?.number) query.set("number", String(error.values.number));
  }
  redirect(`/${locale}/services/activity-numbers?${query.toString()}`);
}
