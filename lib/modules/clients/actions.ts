"use server";
import { revalidatePath } from "next/cache";
import { clientFields, clientSchema } from "@/lib/modules/clients/schema";
import { clientStore } from "@/lib/modules/clients/store";
import { clientQueries } from "@/lib/modules/clients/queries";
import { recordActions } from "@/lib/records/record-actions";
import type { ModuleStore } from "@/lib/records/store";

const actions = recordActions({
  store: clientStore as ModuleStore<Record<string, unknown>>,
  schema: clientSchema,
  fieldSchemas: clientFields,
  loadEditable: clientQueries.editable,
  displayField: clientQueries.fieldDisplay,
  findDuplicates: clientQueries.findDuplicates,
  revalidate: () => revalidatePath("/[locale]/clients", "layout"),
});

export const saveClient = actions.save;
export const saveClientField = actions.saveField;
export const removeClient = actions.remove;
export const findClientDuplicates = actions.findDuplicates;
