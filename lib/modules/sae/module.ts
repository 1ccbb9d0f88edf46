import { defineModule } from "@/lib/records/types";

export const SAE_STATUSES = ["open", "onHold", "closed"] as const;

// « SAE » (Service d'aide à l'emploi): one employment-assistance file of a client. « Identification du dossier »
// is unique (lib/modules/sae/file-number.ts); the file's visits and the client's services are listed under it.
export const saeModule = defineModule({
  key: "sae",
  icon: "sae",
  titleFields: ["fileNumber"],
  fields: [
    { name: "fileNumber", kind: "text", required: true, sortable: true },
    { name: "clientId", kind: "relation", relation: { module: "clients" }, required: true, sortable: true },
    { name: "counsellorId", kind: "user", sortable: true },
    { name: "openedOn", kind: "date", sortable: true },
    { name: "closedOn", kind: "date" },
    { name: "status", kind: "enum", options: SAE_STATUSES, required: true, sortable: true, defaultValue: "open" },
    { name: "employmentGoal", kind: "text" },
    { name: "actionPlan", kind: "textarea" },
  ],
  listColumns: ["fileNumber", "clientId", "counsellorId", "openedOn", "status"],
  optionalColumns: ["closedOn", "employmentGoal", "createdAt", "updatedAt", "createdById"],
  defaultSort: { field: "fileNumber", dir: "desc" },
  sections: [
    { key: "file", fields: ["fileNumber", "clientId", "counsellorId", "openedOn", "closedOn", "status"] },
    { key: "plan", fields: ["employmentGoal", "actionPlan"] },
  ],
  subpanels: [{ module: "services", via: "clientId", match: "clientId" }],
  exportColumns: ["fileNumber", "clientId", "counsellorId", "openedOn", "closedOn", "status", "employmentGoal", "actionPlan"],
  duplicateCheck: false,
  assignable: false,
});
