import "server-only";
import { db } from "@/lib/db";
import { contactsModule } from "@/lib/modules/contacts/module";
import { contactSortColumns } from "@/lib/modules/contacts/store";
import { moduleQueries } from "@/lib/records/module-queries";
import { nameKey } from "@/lib/records/normalize";

const LIST_SELECT = {
  id: true, version: true, firstName: true, lastName: true, title: true, partnerId: true, phone: true, email: true, sortName: true, emailSort: true, phoneSort: true,
} as const;

/** Partner names for the « Nom du partenaire » column and field. */
async function partnerLabels(rows: Record<string, unknown>[]) {
  const ids = [...new Set(rows.map((r) => r.partnerId).filter((v): v is string => typeof v === "string"))];
  const partners = ids.length ? await db.partner.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, name: true } }) : [];
  return { partnerId: new Map(partners.map((p) => [p.id, p.name])) };
}

export const contactQueries = moduleQueries({
  def: contactsModule,
  fk: "contactId",
  sortColumns: contactSortColumns,
  findMany: (args) => db.contact.findMany({ ...args, select: LIST_SELECT }),
  findIds: (args) => db.contact.findMany({ ...args, select: { id: true } }),
  findOne: (id) => db.contact.findFirst({ where: { id, deletedAt: null } }),
  relationLabels: partnerLabels,
  duplicates: {
    input: (v) => ({ nameKey: v.lastName ? nameKey(v.firstName, v.lastName) : null, emails: [v.email], phones: [v.phone, v.mobile] }),
    columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] },
    findMany: (where) =>
      db.contact.findMany({ where, take: 5, select: { id: true, version: true, firstName: true, lastName: true, email: true, phone: true, mobile: true, partnerId: true, nameKey: true, emailKey: true, phoneKey: true, mobileKey: true } }),
    context: (r, ctx) => ({ email: r.email as string | null, phone: (r.phone ?? r.mobile) as string | null, partnerId: ctx.relations.partnerId?.get(String(r.partnerId)) ?? null }),
  },
});
