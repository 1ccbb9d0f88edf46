import { defineModule } from "@/lib/records/types";

// « Services »: a service a client or a partner obtained. « Numéro de l'activité » names one activity (a workshop,
// a session): every participant's service carries it, and it never names two activities (lib/modules/services/activity.ts).
export const servicesModule = defineModule({
  key: "services",
  icon: "service",
  titleFields: ["participant"],
  fields: [
    { name: "participant", kind: "text", virtual: true, sortable: true },
    { name: "relatedTo", kind: "parent", parent: { modules: ["clients", "partners"] }, required: true },
    { name: "serviceName", kind: "enum", picklist: "services", required: true, sortable: true },
    { name: "activityNumber", kind: "text", sortable: true },
    { name: "startDate", kind: "date", sortable: true },
    { name: "endDate", kind: "date" },
    { name: "staffUserId", kind: "user", sortable: true },
    { name: "note", kind: "textarea", sensitive: "notes" },
  ],
  listColumns: ["participant", "serviceName", "activityNumber", "startDate", "staffUserId"],
  optionalColumns: ["endDate", "note", "createdAt", "updatedAt", "createdById"],
  defaultSort: { field: "createdAt", dir: "desc" },
  sections: [{ key: "service", fields: ["relatedTo", "serviceName", "activityNumber", "startDate", "endDate", "staffUserId", "note"] }],
  subpanels: [],
  exportColumns: ["participant", "serviceName", "activityNumber", "startDate", "endDate", "staffUserId", "note"],
  duplicateCheck: false,
  assignable: false,
});
