import { defineModule } from "@/lib/records/types";

export const PROGRAM_STATUSES = ["planned", "active", "completed", "withdrawn"] as const;

// « Gestion des programmes »: a client's or a partner's participation in a program of the admin-managed list.
export const programsModule = defineModule({
  key: "programs",
  icon: "program",
  titleFields: ["participant"],
  fields: [
    { name: "participant", kind: "text", virtual: true, sortable: true },
    { name: "relatedTo", kind: "parent", parent: { modules: ["clients", "partners"] }, required: true },
    { name: "program", kind: "enum", picklist: "programs", required: true, sortable: true },
    { name: "startDate", kind: "date", sortable: true },
    { name: "endDate", kind: "date" },
    { name: "status", kind: "enum", options: PROGRAM_STATUSES, required: true, sortable: true, defaultValue: "active" },
    { name: "note", kind: "textarea", sensitive: "notes" },
  ],
  listColumns: ["participant", "program", "startDate", "status"],
  optionalColumns: ["endDate", "note", "createdAt", "updatedAt", "createdById"],
  defaultSort: { field: "createdAt", dir: "desc" },
  sections: [{ key: "participation", fields: ["relatedTo", "program", "startDate", "endDate", "status", "note"] }],
  subpanels: [],
  exportColumns: ["participant", "program", "startDate", "endDate", "status", "note"],
  duplicateCheck: false,
  assignable: false,
});
