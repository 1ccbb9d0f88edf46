import "server-only";
import { partnersModule } from "@/lib/modules/partners/module";
import { partnerFields, partnerSchema } from "@/lib/modules/partners/schema";
import { defineModel } from "@/lib/records/model";
import { emailKey, nameKey, phoneKey, sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";

const str = (v: unknown) => (typeof v === "string" ? v : null);

export const partnersModel = defineModel({
  def: partnersModule,
  schema: partnerSchema,
  fieldSchemas: partnerFields,
  table: (tx) => tx.partner,
  sortColumns: {
    name: { column: "sortName", valueType: "string", nullable: false },
    type: { column: "type", valueType: "string", nullable: false, from: "label" },
    sector: { column: "sector", valueType: "string", nullable: false, from: "label" },
    email: { column: "emailSort", valueType: "string", nullable: false },
    phone: { column: "phoneSort", valueType: "string", nullable: false },
  },
  derive(v) {
    const name = str(v.name);
    const keys = { email: emailKey(str(v.email)), phone: phoneKey(str(v.phone)) };
    return {
      columns: { sortName: sortKey(name), nameKey: nameKey(name), emailKey: keys.email, phoneKey: keys.phone, emailSort: keys.email ?? "", phoneSort: keys.phone ?? "" },
      tokens: recordTokens({ names: [name], emails: [str(v.email)], phones: [str(v.phone)] }),
    };
  },
  duplicates: {
    input: (v) => ({ nameKey: v.name ? nameKey(v.name) : null, emails: [v.email], phones: [v.phone] }),
    columns: { email: ["emailKey"], phone: ["phoneKey"] },
    select: ["email", "phone", "city"],
    context: (r) => ({ email: str(r.email), phone: str(r.phone), city: str(r.city) }),
  },
});
