import "server-only";
import { clientsModule } from "@/lib/modules/clients/module";
import { clientFields, clientSchema } from "@/lib/modules/clients/schema";
import { defineModel } from "@/lib/records/model";
import { nameKey } from "@/lib/records/normalize";
import { personKeys } from "@/lib/modules/shared/shared-fields";

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
    cvUpToDate: { column: "cvUpToDate", valueType: "boolean", nullable: false },
  },
  derive: (v) => personKeys(v, ["email", "otherEmail"], ["phone", "mobile"]),
  duplicates: {
    input: (v) => ({ nameKey: v.lastName ? nameKey(v.firstName, v.lastName) : null, emails: [v.email, v.otherEmail], phones: [v.phone, v.mobile] }),
    columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] },
    select: ["email", "phone", "mobile", "birthDate"],
    context: (r, ctx) => ({ email: str(r.email), phone: str(r.phone) ?? str(r.mobile), birthDate: r.birthDate ? ctx.formatDate(String(r.birthDate)) : null }),
  },
});
