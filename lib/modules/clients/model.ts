import "server-only";
import { clientsModule } from "@/lib/modules/clients/module";
import { clientFields, clientSchema } from "@/lib/modules/clients/schema";
import { defineModel } from "@/lib/records/model";
import { nameKey } from "@/lib/records/normalize";
import { personKeys } from "@/lib/modules/shared/shared-fields";
import { cvKeyOf, isCvUpToDate } from "@/lib/modules/cvs/freshness";
import { currentCvThreshold } from "@/lib/modules/cvs/client-cv";

const str = (v: unknown) => (typeof v === "string" ? v : null);

export const clientsModel = defineModel({
  def: clientsModule,
  schema: clientSchema,
  fieldSchemas: clientFields,
  table: (tx) => tx.client,
  sortColumns: {
    name: { column: "sortName", valueType: "string", nullable: false },
    email: { column: "emailSort", valueType: "string", nullable: false },
    phone: { column: "phoneSort", valueType: "string", nullable: false },
    fileStatus: { column: "fileStatus", valueType: "string", nullable: false, from: "label" },
    clientStatus: { column: "clientStatus", valueType: "string", nullable: false, from: "label" },
    // « CV à jour » sorts on its key: every "no" (key ≤ threshold) before every "yes" (lib/modules/cvs/freshness.ts).
    cvUpToDate: { column: "cvKey", valueType: "string", nullable: false },
  },
  derive(v) {
    const person = personKeys(v, ["email", "otherEmail"], ["phone", "mobile"]);
    return { ...person, columns: { ...person.columns, cvKey: cvKeyOf(str(v.cvLatestDate), v.cvUpToDate === true) } };
  },
  listColumns: ["cvKey"],
  computeContext: () => currentCvThreshold(),
  // The list and the record show the computed « CV à jour »; the form keeps editing the typed value.
  compute: (row, threshold) => ({ cvUpToDate: isCvUpToDate(row.cvKey, String(threshold)) }),
  computedFilters: {
    cvUpToDate: async (yes) => {
      const threshold = await currentCvThreshold();
      return yes ? { cvKey: { gt: threshold } } : { cvKey: { lte: threshold } };
    },
  },
  duplicates: {
    input: (v) => ({ nameKey: v.lastName ? nameKey(v.firstName, v.lastName) : null, emails: [v.email, v.otherEmail], phones: [v.phone, v.mobile] }),
    columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] },
    select: ["email", "phone", "mobile", "birthDate"],
    context: (r, ctx) => ({ email: str(r.email), phone: str(r.phone) ?? str(r.mobile), birthDate: r.birthDate ? ctx.formatDate(String(r.birthDate)) : null }),
  },
});
