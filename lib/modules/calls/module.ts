import { defineModule } from "@/lib/records/types";
import { RELATED_TO, REMINDER } from "@/lib/modules/shared/activity-fields";

export const CALL_DIRECTIONS = ["inbound", "outbound"] as const;
export const CALL_STATUSES = ["planned", "held", "postponed"] as const;

export const callsModule = defineModule({
  key: "calls",
  icon: "phone",
  titleFields: ["subject"],
  fields: [
    { name: "subject", kind: "text", required: true, sortable: true },
    { name: "direction", kind: "enum", options: CALL_DIRECTIONS },
    { name: "status", kind: "enum", options: CALL_STATUSES, required: true, sortable: true, defaultValue: "planned" },
    { name: "startAt", kind: "datetime", required: true, sortable: true },
    { name: "duration", kind: "duration", required: true },
    RELATED_TO,
    { name: "assignedUserId", kind: "user", sortable: true },
    REMINDER,
    { name: "description", kind: "textarea", mentions: true },
  ],
  listColumns: ["subject", "status", "startAt", "assignedUserId"],
  defaultSort: { field: "startAt", dir: "desc" },
  sections: [{ key: "overview", fields: ["subject", "direction", "status", "startAt", "duration", "relatedTo", "assignedUserId", "reminder", "description"] }],
  subpanels: [],
  exportColumns: ["subject", "direction", "status", "startAt", "duration", "relatedTo", "assignedUserId", "description"],
  duplicateCheck: false,
  assignable: true,
});
