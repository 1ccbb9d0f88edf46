import "server-only";
import { db } from "@/lib/db";
import { clientsModule } from "@/lib/modules/clients/module";
import { clientSortColumns } from "@/lib/modules/clients/store";
import { moduleQueries } from "@/lib/records/module-queries";
import { nameKey } from "@/lib/records/normalize";

const LIST_SELECT = {
  id: true, version: true, firstName: true, lastName: true, phone: true, email: true, fileStatus: true, clientStatus: true,
  cvUpToDate: true, sortName: true, emailSort: true, phoneSort: true,
} as const;

// Every role sees every client (guide): the only scope is "not in the recycle bin", applied by moduleQueries.
export const clientQueries = moduleQueries({
  def: clientsModule,
  fk: "clientId",
  sortColumns: clientSortColumns,
  findMany: (args) => db.client.findMany({ ...args, select: LIST_SELECT }),
  findIds: (args) => db.client.findMany({ ...args, select: { id: true } }),
  findOne: (id) => db.client.findFirst({ where: { id, deletedAt: null } }),
  duplicates: {
    input: (v) => ({ nameKey: v.lastName ? nameKey(v.firstName, v.lastName) : null, emails: [v.email, v.otherEmail], phones: [v.phone, v.mobile] }),
    columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] },
    findMany: (where) =>
      db.client.findMany({
        where,
        take: 5,
        select: { id: true, version: true, firstName: true, lastName: true, email: true, phone: true, mobile: true, birthDate: true, nameKey: true, emailKey: true, phoneKey: true, mobileKey: true },
      }),
    context: (r, ctx) => ({ email: r.email as string | null, phone: (r.phone ?? r.mobile) as string | null, birthDate: r.birthDate ? ctx.formatDate(String(r.birthDate)) : null }),
  },
});
