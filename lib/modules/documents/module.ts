import { defineModule } from "@/lib/records/types";
import { PARENT_FIELD } from "@/lib/modules/shared/parent";

export const DOCUMENT_CATEGORIES = ["identity", "immigration", "education", "employment", "contract", "form", "report", "other"] as const;

// A document: its current file is `file`; every version uploaded stays in DocumentVersion, downloadable.
export const documentsModule = defineModule({
  key: "documents",
  icon: "document",
  titleFields: ["name"],
  fields: [
    { name: "name", kind: "text", required: true, sortable: true },
    { name: "category", kind: "enum", options: DOCUMENT_CATEGORIES, sortable: true },
    PARENT_FIELD,
    { name: "file", kind: "file" },
    { name: "description", kind: "textarea" },
  ],
  listColumns: ["name", "category", "updatedAt", "createdById"],
  defaultSort: { field: "updatedAt", dir: "desc" },
  sections: [{ key: "overview", fields: ["name", "category", "parent", "file", "description"] }],
  subpanels: [],
  exportColumns: ["name", "category", "parent", "file", "description"],
  duplicateCheck: false,
  assignable: false,
});
