import { defineModule } from "@/lib/records/types";
import { ADDRESS_FIELDS } from "@/lib/modules/shared/options";

export const contactsModule = defineModule({
  key: "contacts",
  icon: "contact",
  titleFields: ["firstName", "lastName"],
  fields: [
    { name: "name", kind: "text", virtual: true, sortable: true },
    { name: "firstName", kind: "text" },
    { name: "lastName", kind: "text", required: true },
    { name: "phone", kind: "phone", sortable: true },
    { name: "mobile", kind: "phone" },
    { name: "title", kind: "text", sortable: true },
    { name: "department", kind: "text" },
    { name: "partnerId", kind: "relation", relation: { module: "partners" }, sortable: true },
    { name: "email", kind: "email", sortable: true },
    ...ADDRESS_FIELDS,
    { name: "description", kind: "textarea", mentions: true },
    { name: "assignedUserId", kind: "user", sortable: true },
  ],
  listColumns: ["name", "title", "partnerId", "phone", "email"],
  defaultSort: { field: "name", dir: "asc" },
  sections: [
    { key: "overview", fields: ["firstName", "lastName", "phone", "mobile", "title", "department", "partnerId", "email"] },
    { key: "address", fields: ["street", "city", "province", "postalCode", "country"] },
    { key: "more", fields: ["assignedUserId", "description"] },
  ],
  subpanels: [
    { kind: "activities", state: "open" },
    { kind: "activities", state: "done" },
    { module: "documents", via: "parent", linkable: true, upload: true, columns: ["category", "file", "updatedAt"] },
    { module: "notes", via: "parent", columns: ["text", "attachment", "createdById", "createdAt"] },
  ],
  exportColumns: ["firstName", "lastName", "title", "department", "partnerId", "phone", "mobile", "email", "city", "province", "assignedUserId"],
  duplicateCheck: true,
  assignable: true,
});
