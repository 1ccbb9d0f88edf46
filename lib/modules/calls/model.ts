import "server-only";
import { callsModule } from "@/lib/modules/calls/module";
import { callFields, callSchema } from "@/lib/modules/calls/schema";
import { defineModel } from "@/lib/records/model";
import { ACTIVITY_SORTS, asDate, subjectKeys } from "@/lib/modules/shared/activity-keys";
import { activityReminders } from "@/lib/activities/reminders";

export const callsModel = defineModel({
  def: callsModule,
  schema: callSchema,
  fieldSchemas: callFields,
  table: (tx) => tx.call,
  sortColumns: { ...ACTIVITY_SORTS, startAt: { column: "startAt", valueType: "date", nullable: false } },
  derive(v) {
    const keys = subjectKeys(v);
    return { ...keys, columns: { ...keys.columns, activityAt: asDate(v.startAt) } };
  },
  afterSave: activityReminders("calls"),
});
