import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { clientsModule } from "@/lib/modules/clients/module";
import type { ClientInput } from "@/lib/modules/clients/schema";
import { checkAssignedUser, checkPicklist, throwIfErrors } from "@/lib/modules/shared/references";
import { emailKey, nameKey, phoneKey, sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";
import type { ModuleStore, StoredRow } from "@/lib/records/store";
import type { SortColumns } from "@/lib/records/list";

type Fields = Omit<ClientInput, "id" | "version">;
const str = (v: unknown) => (typeof v === "string" ? v : null);

export const clientSortColumns: SortColumns = {
  name: { column: "sortName", valueType: "string", nullable: false },
  email: { column: "emailSort", valueType: "string", nullable: false },
  phone: { column: "phoneSort", valueType: "string", nullable: false },
  fileStatus: { column: "fileStatus", valueType: "string", nullable: false },
  clientStatus: { column: "clientStatus", valueType: "string", nullable: false },
  cvUpToDate: { column: "cvUpToDate", valueType: "boolean", nullable: false },
};

export const clientStore: ModuleStore<Fields> = {
  def: clientsModule,
  fk: "clientId",
  auditFields: clientsModule.fields.filter((f) => !f.virtual).map((f) => f.name),
  async find(tx, id, opts) {
    return (await tx.client.findFirst({ where: { id, ...(opts?.withDeleted ? {} : { deletedAt: null }) } })) as StoredRow | null;
  },
  async create(tx, data) {
    return (await tx.client.create({ data: data as Prisma.ClientUncheckedCreateInput })) as StoredRow;
  },
  async update(tx, id, version, data) {
    return (await tx.client.updateMany({ where: { id, version, deletedAt: null }, data: data as Prisma.ClientUncheckedUpdateManyInput })).count;
  },
  async setDeleted(tx, id, deletedAt) {
    return (await tx.client.updateMany({ where: { id, deletedAt: deletedAt ? null : { not: null } }, data: { deletedAt } })).count;
  },
  columns(f) {
    const out: Record<string, unknown> = {};
    const copy = <K extends keyof Fields>(k: K) => {
      if (k in f) out[k] = f[k];
    };
    (["firstName", "lastName", "birthDate", "gender", "email", "otherEmail", "phone", "mobile", "street", "city", "province", "postalCode",
      "country", "countryOfOrigin", "immigrationStatus", "arrivalCanada", "arrivalNunavut", "uci", "preferredLanguage", "educationLevel",
      "employmentStatus", "targetOccupation", "fileStatus", "clientStatus", "cvUpToDate", "assignedUserId", "description"] as const).forEach(copy);
    if ("firstName" in f) out.firstName = f.firstName ?? "";
    if ("languagesSpoken" in f) out.languagesSpoken = JSON.stringify(f.languagesSpoken ?? []);
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
      tokens: recordTokens({ names: [first, last], emails: [str(v.email), str(v.otherEmail)], phones: [str(v.phone), str(v.mobile)] }),
    };
  },
  async checkReferences(f, before) {
    throwIfErrors({
      assignedUserId: "assignedUserId" in f ? await checkAssignedUser(f.assignedUserId, before?.assignedUserId) : null,
      languagesSpoken: "languagesSpoken" in f ? await checkPicklist("languages", f.languagesSpoken, before?.languagesSpoken) : null,
      educationLevel: "educationLevel" in f ? await checkPicklist("educationLevels", f.educationLevel, before?.educationLevel) : null,
      employmentStatus: "employmentStatus" in f ? await checkPicklist("employmentStatuses", f.employmentStatus, before?.employmentStatus) : null,
    });
  },
  duplicates: { columns: { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] } },
};
