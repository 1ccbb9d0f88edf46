import "server-only";
import { meetingsModule } from "@/lib/modules/meetings/module";
import { meetingFields, meetingSchema } from "@/lib/modules/meetings/schema";
import { defineModel } from "@/lib/records/model";
import { ACTIVITY_SORTS, asDate, subjectKeys } from "@/lib/modules/shared/activity-keys";
import { activityReminders } from "@/lib/activities/reminders";

export const meetingsModel = defineModel({
  def: meetingsModule,
  schema: meetingSchema,
  fieldSchemas: meetingFields,
  table: (tx) => tx.meeting,
  sortColumns: { ...ACTIVITY_SORTS, startAt: { column: "startAt", valueType: "date", nullable: false } },
  derive(v) {
    const keys = subjectKeys(v);
    return { ...keys, columns: { ...keys.columns, activityAt: asDate(v.startAt) } };
  },
  // « Durée » in whole minutes from the start to the end.
  compute(row) {
    const [start, end] = [asDate(row.startAt), asDate(row.endAt)];
    return { duration: start && end ? Math.max(0, Math.round((end.getTime() - start.getTime()) / 60_000)) : null };
  },
  afterSave: activityReminders("meetings"),
});
