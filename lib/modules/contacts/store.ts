import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { contactsModule } from "@/lib/modules/contacts/module";
import type { ContactInput } from "@/lib/modules/contacts/schema";
import { checkPartner, throwIfErrors } from "@/lib/modules/shared/references";
import { emailKey, nameKey, phoneKey, sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";
import type { ModuleStore, StoredRow } from "@/lib/records/store";
import type { SortColumns } from "@/lib/records/list";

type Fields = Omit<ContactInput, "id" | "version">;
const str = (v: unknown) => (typeof v === "string" ? v : null);

export const contactSortColumns: SortColumns = {
  name: { column: "sortName", valueType: "string", nullable: false },
  email: { column: "emailSort", valueType: "string", nullable: false },
  phone: { column: "phoneSort", valueType: "string", nullable: false },
};

export const contactStore: ModuleStore<Fields> = {
  def: contactsModule,
  fk: "contactId",
  auditFields: contactsModule.fields.filter((f) => !f.virtual).map((f) => f.name),
  async find(tx, id, opts) {
    return (await tx.contact.findFirst({ where: { id, ...(opts?.withDeleted ? {} : { deletedAt: null }) } })) as StoredRow | null;
  },
  async create(tx, data) {
    return (await tx.contact.create({ data: data as Prisma.ContactUncheckedCreateInput })) as StoredRow;
  },
  async update(tx, id, version, data) {
    return (await tx.contact.updateMany({ where: { id, version, deletedAt: null }, data: data as Prisma.ContactUncheckedUpdateManyInput })).count;
  },
  async setDeleted(tx, id, deletedAt) {
    return (await tx.contact.updateMany({ where: { id, deletedAt: deletedAt ? null : { not: null } }, data: { deletedAt } })).count;
  },
  columns(f) {
    const out: Record<string, unknown> = {};
    (["lastName", "phone", "mobile", "title", "department", "partnerId", "email", "street", "city", "province", "postalCode", "country", "description"] as const).forEach((k) => {
      if (k in f) out[k] = f[k];
    });
    if ("firstName" in f) out.firstName = f.firstName ?? "";
    return out;
  },
  derive(v) {
    const first = str(v.firstName);
    const last = str(v.lastName);
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
      tokens: recordTokens({ names: [first, last], emails: [str(v.email)], phones: [str(v.phone), str(v.mobile)] }),
    };
  },
  async checkReferences(f) {
    throwIfErrors({ partnerId: "partnerId" in f ? await checkPartner(f.partnerId) : null });
  },
  duplicates: { columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] } },
};
