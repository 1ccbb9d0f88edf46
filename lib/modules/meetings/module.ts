import { defineModule } from "@/lib/records/types";
import { RELATED_TO, REMINDER } from "@/lib/modules/shared/activity-fields";

export const MEETING_STATUSES = ["planned", "held", "notHeld"] as const;

export const meetingsModule = defineModule({
  key: "meetings",
  icon: "meeting",
  titleFields: ["subject"],
  fields: [
    { name: "subject", kind: "text", required: true, sortable: true },
    { name: "status", kind: "enum", options: MEETING_STATUSES, required: true, sortable: true, defaultValue: "planned" },
    // Start and end are checked together (end after start): edited in the form, not one at a time inline.
    { name: "startAt", kind: "datetime", required: true, sortable: true, inlineEdit: false },
    { name: "endAt", kind: "datetime", inlineEdit: false },
    // « Durée » follows the start and the end.
    { name: "duration", kind: "duration", computed: true },
    { name: "location", kind: "text" },
    RELATED_TO,
    { name: "assignedUserId", kind: "user", sortable: true },
    { name: "invitees", kind: "users" },
    REMINDER,
    { name: "description", kind: "textarea", mentions: true },
  ],
  listColumns: ["subject", "status", "startAt", "assignedUserId"],
  defaultSort: { field: "startAt", dir: "desc" },
  sections: [
    { key: "overview", fields: ["subject", "status", "startAt", "endAt", "duration", "location", "relatedTo", "assignedUserId", "invitees", "reminder"] },
    { key: "more", fields: ["description"] },
  ],
  subpanels: [],
  exportColumns: ["subject", "status", "startAt", "endAt", "duration", "location", "relatedTo", "assignedUserId", "invitees", "description"],
  duplicateCheck: false,
  assignable: true,
});
