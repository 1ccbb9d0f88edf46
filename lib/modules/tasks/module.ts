import { defineModule } from "@/lib/records/types";
import { RELATED_TO } from "@/lib/modules/shared/activity-fields";

/** In the guide's order, which is also the Kanban's columns. */
export const TASK_STATUSES = ["notStarted", "inProgress", "completed", "pending"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_PRIORITIES = ["high", "medium", "low"] as const;

export const tasksModule = defineModule({
  key: "tasks",
  icon: "task",
  titleFields: ["subject"],
  fields: [
    { name: "subject", kind: "text", required: true, sortable: true },
    { name: "status", kind: "enum", options: TASK_STATUSES, required: true, sortable: true, defaultValue: "notStarted" },
    { name: "startAt", kind: "datetime" },
    { name: "dueAt", kind: "datetime", sortable: true },
    { name: "priority", kind: "enum", options: TASK_PRIORITIES, sortable: true, defaultValue: "medium" },
    RELATED_TO,
    { name: "assignedUserId", kind: "user", sortable: true },
    { name: "description", kind: "textarea", mentions: true },
    // When the task became « Terminé »: kept by the model, never typed.
    { name: "completedAt", kind: "datetime", computed: true },
  ],
  listColumns: ["subject", "status", "dueAt", "priority", "assignedUserId"],
  defaultSort: { field: "dueAt", dir: "asc" },
  sections: [{ key: "overview", fields: ["subject", "status", "startAt", "dueAt", "priority", "relatedTo", "assignedUserId", "description", "completedAt"] }],
  subpanels: [],
  exportColumns: ["subject", "status", "startAt", "dueAt", "priority", "relatedTo", "assignedUserId", "completedAt", "description"],
  duplicateCheck: false,
  assignable: true,
  views: ["kanban"],
});
