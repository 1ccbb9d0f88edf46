"use server";
import { revalidatePath } from "next/cache";
import { partnerFields, partnerSchema } from "@/lib/modules/partners/schema";
import { partnerStore } from "@/lib/modules/partners/store";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { partnerQueries, searchPartnerOptions } from "@/lib/modules/partners/queries";
import { recordActions } from "@/lib/records/record-actions";
import type { ModuleStore } from "@/lib/records/store";

const actions = recordActions({
  store: partnerStore as ModuleStore<Record<string, unknown>>,
  schema: partnerSchema,
  fieldSchemas: partnerFields,
  loadEditable: partnerQueries.editable,
  displayField: partnerQueries.fieldDisplay,
  findDuplicates: partnerQueries.findDuplicates,
  revalidate: () => revalidatePath("/[locale]/partners", "layout"),
});

export const savePartner = actions.save;
export const savePartnerField = actions.saveField;
export const removePartner = actions.remove;
export const findPartnerDuplicates = actions.findDuplicates;

export const searchPartners = defineAction({
  permission: "record.read",
  schema: z.object({ q: z.string().max(200) }).strict(),
  handler: ({ q }) => searchPartnerOptions(q),
});
