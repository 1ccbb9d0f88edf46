import "server-only";
import { db } from "@/lib/db";
import { partnersModule } from "@/lib/modules/partners/module";
import { partnerSortColumns } from "@/lib/modules/partners/store";
import { moduleQueries } from "@/lib/records/module-queries";
import { nameKey } from "@/lib/records/normalize";
import { queryGroups, searchFilter } from "@/lib/records/search";

const LIST_SELECT = {
  id: true, version: true, name: true, type: true, sector: true, phone: true, email: true, assignedUserId: true, sortName: true, emailSort: true, phoneSort: true, typeSort: true, sectorSort: true,
} as const;

export const partnerQueries = moduleQueries({
  def: partnersModule,
  fk: "partnerId",
  sortColumns: partnerSortColumns,
  findMany: (args) => db.partner.findMany({ ...args, select: LIST_SELECT }),
  findIds: (args) => db.partner.findMany({ ...args, select: { id: true } }),
  findOne: (id) => db.partner.findFirst({ where: { id, deletedAt: null } }),
  duplicates: {
    input: (v) => ({ nameKey: v.name ? nameKey(v.name) : null, emails: [v.email], phones: [v.phone] }),
    columns: { email: ["emailKey"], phone: ["phoneKey"] },
    findMany: (where) => db.partner.findMany({ where, take: 5, select: { id: true, version: true, name: true, email: true, phone: true, city: true, nameKey: true, emailKey: true, phoneKey: true } }),
    context: (r) => ({ email: r.email as string | null, phone: r.phone as string | null, city: r.city as string | null }),
  },
});

/** Search-as-you-type for the « Nom du partenaire » picker: the same token index as the list's quick search. */
export async function searchPartnerOptions(q: string): Promise<{ id: string; label: string }[]> {
  const groups = queryGroups(q);
  if (groups.length === 0) return [];
  const rows = await db.partner.findMany({
    where: { AND: [{ deletedAt: null }, ...(await searchFilter(db, { module: "partners", fk: "partnerId", groups }))] },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    take: 10,
    select: { id: true, name: true, city: true },
  });
  return rows.map((r) => ({ id: r.id, label: r.city ? `${r.name} (${r.city})` : r.name }));
}

/** Contacts of a partner, for the partner page's subpanel. */
export function partnerContacts(partnerId: string) {
  return db.contact.findMany({
    where: { partnerId, deletedAt: null },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, firstName: true, lastName: true, title: true, email: true, phone: true, mobile: true },
  });
}
