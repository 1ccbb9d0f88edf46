"use server";
import { revalidatePath } from "next/cache";
import { contactFields, contactSchema } from "@/lib/modules/contacts/schema";
import { contactStore } from "@/lib/modules/contacts/store";
import { contactQueries } from "@/lib/modules/contacts/queries";
import { recordActions } from "@/lib/records/record-actions";
import type { ModuleStore } from "@/lib/records/store";

const actions = recordActions({
  store: contactStore as ModuleStore<Record<string, unknown>>,
  schema: contactSchema,
  fieldSchemas: contactFields,
  loadEditable: contactQueries.editable,
  displayField: contactQueries.fieldDisplay,
  findDuplicates: contactQueries.findDuplicates,
  revalidate: () => revalidatePath("/[locale]/contacts", "layout"),
});

export const saveContact = actions.save;
export const saveContactField = actions.saveField;
export const removeContact = actions.remove;
export const findContactDuplicates = actions.findDuplicates;
