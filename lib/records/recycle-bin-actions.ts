"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { restoreRecord } from "@/lib/records/service";
import { clientStore } from "@/lib/modules/clients/store";
import { partnerStore } from "@/lib/modules/partners/store";
import { contactStore } from "@/lib/modules/contacts/store";
import type { ModuleStore } from "@/lib/records/store";

const STORES = { clients: clientStore, partners: partnerStore, contacts: contactStore } as unknown as Record<"clients" | "partners" | "contacts", ModuleStore<Record<string, unknown>>>;

/** Brings a deleted record back (admins only). */
export const restoreFromBin = defineAction({
  permission: "record.restore",
  schema: z.object({ module: z.enum(["clients", "partners", "contacts"]), id: z.string().min(1).max(64) }).strict(),
  async handler({ module, id }, user) {
    await restoreRecord(STORES[module], id, user);
    revalidatePath("/[locale]", "layout");
    return { module, id };
  },
});
