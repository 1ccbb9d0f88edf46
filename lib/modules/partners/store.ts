import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { partnersModule } from "@/lib/modules/partners/module";
import type { PartnerInput } from "@/lib/modules/partners/schema";
import { checkAssignedUser, checkPicklist, throwIfErrors } from "@/lib/modules/shared/references";
import { emailKey, nameKey, phoneKey, sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";
import type { ModuleStore, StoredRow } from "@/lib/records/store";
import type { SortColumns } from "@/lib/records/list";

type Fields = Omit<PartnerInput, "id" | "version">;
const str = (v: unknown) => (typeof v === "string" ? v : null);

export const partnerSortColumns: SortColumns = {
  name: { column: "sortName", valueType: "string", nullable: false },
  type: { column: "typeSort", valueType: "string", nullable: false },
  sector: { column: "sectorSort", valueType: "string", nullable: false },
  email: { column: "emailSort", valueType: "string", nullable: false },
  phone: { column: "phoneSort", valueType: "string", nullable: false },
};

export const partnerStore: ModuleStore<Fields> = {
  def: partnersModule,
  fk: "partnerId",
  auditFields: partnersModule.fields.map((f) => f.name),
  async find(tx, id, opts) {
    return (await tx.partner.findFirst({ where: { id, ...(opts?.withDeleted ? {} : { deletedAt: null }) } })) as StoredRow | null;
  },
  async create(tx, data) {
    return (await tx.partner.create({ data: data as Prisma.PartnerUncheckedCreateInput })) as StoredRow;
  },
  async update(tx, id, version, data) {
    return (await tx.partner.updateMany({ where: { id, version, deletedAt: null }, data: data as Prisma.PartnerUncheckedUpdateManyInput })).count;
  },
  async setDeleted(tx, id, deletedAt) {
    return (await tx.partner.updateMany({ where: { id, deletedAt: deletedAt ? null : { not: null } }, data: { deletedAt } })).count;
  },
  columns(f) {
    const out: Record<string, unknown> = {};
    (["name", "type", "sector", "phone", "email", "website", "street", "city", "province", "postalCode", "country", "description", "assignedUserId"] as const).forEach((k) => {
      if (k in f) out[k] = f[k];
    });
    return out;
  },
  derive(v) {
    const name = str(v.name);
    const keys = { email: emailKey(str(v.email)), phone: phoneKey(str(v.phone)) };
    return {
      columns: {
        sortName: sortKey(name),
        nameKey: nameKey(name),
        emailKey: keys.email,
        phoneKey: keys.phone,
        emailSort: keys.email ?? "",
        phoneSort: keys.phone ?? "",
        typeSort: str(v.type) ?? "",
        sectorSort: str(v.sector) ?? "",
      },
      tokens: recordTokens({ names: [name], emails: [str(v.email)], phones: [str(v.phone)] }),
    };
  },
  async checkReferences(f, before) {
    throwIfErrors({
      assignedUserId: "assignedUserId" in f ? await checkAssignedUser(f.assignedUserId, before?.assignedUserId) : null,
      sector: "sector" in f ? await checkPicklist("sectors", f.sector, before?.sector) : null,
    });
  },
  duplicates: { columns: { email: ["emailKey"], phone: ["phoneKey"] } },
};
