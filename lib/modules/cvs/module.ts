import { defineModule } from "@/lib/records/types";

// A client's CV: the newest one's date makes the client's « CV à jour » (lib/modules/cvs/freshness.ts).
export const cvsModule = defineModule({
  key: "cvs",
  icon: "cv",
  titleFields: ["title"],
  fields: [
    { name: "title", kind: "text", required: true, sortable: true },
    { name: "clientId", kind: "relation", relation: { module: "clients" }, required: true, sortable: true },
    { name: "file", kind: "file", sensitive: "cv" },
    { name: "language", kind: "enum", picklist: "languages", sortable: true },
    { name: "cvDate", kind: "date", required: true, sortable: true },
    { name: "note", kind: "text", sensitive: "notes" },
  ],
  listColumns: ["title", "clientId", "cvDate", "language"],
  defaultSort: { field: "cvDate", dir: "desc" },
  sections: [{ key: "overview", fields: ["title", "clientId", "file", "language", "cvDate", "note"] }],
  subpanels: [],
  exportColumns: ["title", "clientId", "language", "cvDate", "note", "file"],
  duplicateCheck: false,
  assignable: false,
});
