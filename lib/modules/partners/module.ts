import { defineModule } from "@/lib/records/types";
import { ADDRESS_FIELDS } from "@/lib/modules/shared/options";

export const PARTNER_TYPES = ["company", "consultant", "organization"] as const;

export const partnersModule = defineModule({
  key: "partners",
  icon: "building",
  titleFields: ["name"],
  fields: [
    { name: "name", kind: "text", required: true, sortable: true },
    { name: "type", kind: "enum", options: PARTNER_TYPES, sortable: true },
    { name: "sector", kind: "enum", picklist: "sectors", sortable: true },
    { name: "phone", kind: "phone", sortable: true },
    { name: "email", kind: "email", sortable: true },
    { name: "website", kind: "url" },
    ...ADDRESS_FIELDS,
    { name: "description", kind: "textarea", mentions: true },
    { name: "assignedUserId", kind: "user", sortable: true },
  ],
  listColumns: ["name", "type", "sector", "phone", "email", "assignedUserId"],
  defaultSort: { field: "name", dir: "asc" },
  sections: [
    { key: "overview", fields: ["name", "type", "sector", "phone", "email", "website", "assignedUserId"] },
    { key: "address", fields: ["street", "city", "province", "postalCode", "country"] },
    { key: "more", fields: ["description"] },
  ],
  subpanels: [
    { module: "contacts", via: "partnerId", sort: { field: "name", dir: "asc" }, linkable: true },
    { kind: "activities", state: "open" },
    { kind: "activities", state: "done" },
    { module: "documents", via: "parent", linkable: true, upload: true, columns: ["category", "file", "updatedAt"] },
    { module: "notes", via: "parent", columns: ["text", "attachment", "createdById", "createdAt"] },
    { module: "programs", via: "partnerId" },
    { module: "services", via: "partnerId" },
  ],
  exportColumns: ["name", "type", "sector", "phone", "email", "website", "city", "province", "assignedUserId"],
  duplicateCheck: true,
  assignable: true,
});
