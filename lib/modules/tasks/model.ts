import "server-only";
import { tasksModule } from "@/lib/modules/tasks/module";
import { taskFields, taskSchema } from "@/lib/modules/tasks/schema";
import { defineModel } from "@/lib/records/model";
import { ACTIVITY_SORTS, asDate, subjectKeys } from "@/lib/modules/shared/activity-keys";

/** No due date sorts after every due date. */
export const NO_DUE_DATE = "9999";

export const tasksModel = defineModel({
  def: tasksModule,
  schema: taskSchema,
  fieldSchemas: taskFields,
  table: (tx) => tx.task,
  listColumns: ["completedAt"],
  sortColumns: {
    ...ACTIVITY_SORTS,
    dueAt: { column: "dueSort", valueType: "string", nullable: false },
    priority: { column: "priority", valueType: "string", nullable: false, from: "label" },
  },
  /**
   * `values` is the whole record after the save (the stored row plus what changed), so an already completed task
   * keeps its completion time; reopening it clears it.
   */
  derive(v) {
    const keys = subjectKeys(v);
    const completedAt = v.status === "completed" ? (asDate(v.completedAt) ?? new Date()) : null;
    const due = asDate(v.dueAt);
    const activityAt = completedAt ?? due ?? asDate(v.startAt) ?? asDate(v.createdAt) ?? new Date();
    return { ...keys, columns: { ...keys.columns, completedAt, activityAt, dueSort: due ? due.toISOString() : NO_DUE_DATE } };
  },
  compute: (row) => ({ completedAt: row.completedAt ?? null }),
});
