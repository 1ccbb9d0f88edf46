import { defineModule } from "@/lib/records/types";
import { ADDRESS_FIELDS } from "@/lib/modules/shared/options";

export const IMMIGRATION_STATUSES = ["permanentResident", "refugee", "temporaryWorker", "internationalStudent", "citizen", "asylumClaimant", "other"] as const;
export const FILE_STATUSES = ["open", "onHold", "closed"] as const;
export const CLIENT_STATUSES = ["newcomer", "permanentResident", "jobSeeker", "other"] as const;
export const GENDERS = ["woman", "man", "nonBinary", "selfDescribed", "undisclosed"] as const;
export const OFFICIAL_LANGUAGES = ["fr", "en"] as const;

export const clientsModule = defineModule({
  key: "clients",
  icon: "user",
  titleFields: ["firstName", "lastName"],
  fields: [
    { name: "name", kind: "text", virtual: true, sortable: true },
    { name: "firstName", kind: "text" },
    { name: "lastName", kind: "text", required: true },
    { name: "birthDate", kind: "date", sensitive: "birthDate" },
    { name: "gender", kind: "enum", options: GENDERS },
    { name: "email", kind: "email", sortable: true },
    { name: "otherEmail", kind: "email" },
    { name: "phone", kind: "phone", sortable: true },
    { name: "mobile", kind: "phone" },
    ...ADDRESS_FIELDS,
    { name: "countryOfOrigin", kind: "text" },
    { name: "immigrationStatus", kind: "enum", options: IMMIGRATION_STATUSES, sensitive: "immigration" },
    { name: "arrivalCanada", kind: "date" },
    { name: "arrivalNunavut", kind: "date" },
    { name: "uci", kind: "text", sensitive: "immigration" },
    { name: "preferredLanguage", kind: "enum", options: OFFICIAL_LANGUAGES },
    { name: "languagesSpoken", kind: "multienum", picklist: "languages" },
    { name: "educationLevel", kind: "enum", picklist: "educationLevels" },
    { name: "employmentStatus", kind: "enum", picklist: "employmentStatuses" },
    { name: "targetOccupation", kind: "text" },
    { name: "fileStatus", kind: "enum", options: FILE_STATUSES, required: true, sortable: true, defaultValue: "open" },
    { name: "clientStatus", kind: "enum", options: CLIENT_STATUSES, required: true, sortable: true, defaultValue: "newcomer" },
    { name: "cvUpToDate", kind: "boolean", sortable: true, sensitive: "cv" },
    { name: "assignedUserId", kind: "user", sortable: true },
    { name: "description", kind: "textarea", mentions: true },
  ],
  listColumns: ["name", "phone", "email", "fileStatus", "clientStatus", "cvUpToDate"],
  defaultSort: { field: "name", dir: "asc" },
  sections: [
    { key: "identity", fields: ["firstName", "lastName", "birthDate", "gender", "email", "otherEmail", "phone", "mobile"] },
    { key: "address", fields: ["street", "city", "province", "postalCode", "country"] },
    {
      key: "settlement",
      fields: ["countryOfOrigin", "immigrationStatus", "arrivalCanada", "arrivalNunavut", "uci", "preferredLanguage", "languagesSpoken", "educationLevel", "employmentStatus", "targetOccupation"],
    },
    { key: "file", fields: ["fileStatus", "clientStatus", "cvUpToDate", "assignedUserId", "description"] },
  ],
  subpanels: [
    { kind: "activities", state: "open" },
    { kind: "activities", state: "done" },
    { module: "cvs", via: "clientId", sort: { field: "cvDate", dir: "desc" }, upload: true, columns: ["cvDate", "language", "file"] },
    { module: "documents", via: "parent", linkable: true, upload: true, columns: ["category", "file", "updatedAt"] },
    { module: "notes", via: "parent", columns: ["text", "attachment", "createdById", "createdAt"] },
    { module: "programs", via: "clientId" },
    { module: "services", via: "clientId" },
    { module: "sae", via: "clientId" },
  ],
  exportColumns: ["firstName", "lastName", "email", "otherEmail", "phone", "mobile", "city", "province", "countryOfOrigin", "immigrationStatus", "preferredLanguage", "fileStatus", "clientStatus", "cvUpToDate", "assignedUserId"],
  duplicateCheck: true,
  assignable: true,
});
