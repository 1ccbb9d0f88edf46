import "server-only";
import { contactsModule } from "@/lib/modules/contacts/module";
import { contactFields, contactSchema } from "@/lib/modules/contacts/schema";
import { defineModel } from "@/lib/records/model";
import { nameKey, sortKey } from "@/lib/records/normalize";
import { personKeys } from "@/lib/modules/shared/shared-fields";

const str = (v: unknown) => (typeof v === "string" ? v : null);

export const contactsModel = defineModel({
  def: contactsModule,
  schema: contactSchema,
  fieldSchemas: contactFields,
  table: (tx) => tx.contact,
  sortColumns: {
    name: { column: "sortName", valueType: "string", nullable: false },
    email: { column: "emailSort", valueType: "string", nullable: false },
    phone: { column: "phoneSort", valueType: "string", nullable: false },
    title: { column: "titleSort", valueType: "string", nullable: false },
    partnerId: { column: "partnerSort", valueType: "string", nullable: false, from: "relation" },
  },
  derive(v) {
    const person = personKeys(v, ["email"], ["phone", "mobile"]);
    return { ...person, columns: { ...person.columns, titleSort: sortKey(str(v.title)) } };
  },
  duplicates: {
    input: (v) => ({ nameKey: v.lastName ? nameKey(v.firstName, v.lastName) : null, emails: [v.email], phones: [v.phone, v.mobile] }),
    columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] },
    select: ["email", "phone", "mobile", "partnerId"],
    context: (r, ctx) => ({ email: str(r.email), phone: str(r.phone) ?? str(r.mobile), partnerId: ctx.relations.partnerId?.get(String(r.partnerId))?.label ?? null }),
  },
});
