import "server-only";
import { clientsModule } from "@/lib/modules/clients/module";
import { clientFields, clientSchema } from "@/lib/modules/clients/schema";
import { defineModel } from "@/lib/records/model";
import { emailKey, nameKey, phoneKey, sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";

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
  derive(v) {
    const [first, last] = [str(v.firstName), str(v.lastName)];
    const keys = { email: emailKey(str(v.email)), phone: phoneKey(str(v.phone)), mobile: phoneKey(str(v.mobile)) };
    return {
      columns: {
        sortName: sortKey(last, first),
        nameKey: nameKey(first, last),
        emailKey: keys.email,
        phoneKey: keys.phone,
        mobileKey: keys.mobile,
        emailSort: keys.email ?? "",
        phoneSort: keys.phone ?? keys.mobile ?? "",
      },
      tokens: recordTokens({ names: [first, last], emails: [str(v.email), str(v.otherEmail)], phones: [str(v.phone), str(v.mobile)] }),
    };
  },
  duplicates: {
    input: (v) => ({ nameKey: v.lastName ? nameKey(v.firstName, v.lastName) : null, emails: [v.email, v.otherEmail], phones: [v.phone, v.mobile] }),
    columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] },
    select: ["email", "phone", "mobile", "birthDate"],
    context: (r, ctx) => ({ email: str(r.email), phone: str(r.phone) ?? str(r.mobile), birthDate: r.birthDate ? ctx.formatDate(String(r.birthDate)) : null }),
  },
});
