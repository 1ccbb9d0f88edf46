import { defineModule } from "@/lib/records/types";
import { PARENT_FIELD } from "@/lib/modules/shared/parent";

export const notesModule = defineModule({
  key: "notes",
  icon: "note",
  titleFields: ["subject"],
  fields: [
    { name: "subject", kind: "text", required: true, sortable: true },
    PARENT_FIELD,
    // Plain text with line breaks; `@name` notifies that colleague (lib/notifications reads the flag).
    { name: "text", kind: "textarea", mentions: true, sensitive: "notes" },
    { name: "attachment", kind: "file", sensitive: "notes" },
  ],
  listColumns: ["subject", "createdById", "createdAt"],
  defaultSort: { field: "createdAt", dir: "desc" },
  sections: [{ key: "overview", fields: ["subject", "parent", "text", "attachment"] }],
  subpanels: [],
  exportColumns: ["subject", "parent", "text", "attachment"],
  duplicateCheck: false,
  assignable: false,
});
