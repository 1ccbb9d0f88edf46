import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { MEETING_STATUSES } from "@/lib/modules/meetings/module";
import { activitySchemaFields } from "@/lib/modules/shared/activity-schema";

export const meetingFields = {
  subject: f.requiredText(),
  status: f.requiredEnum(MEETING_STATUSES),
  startAt: activitySchemaFields.requiredDateTime(),
  endAt: f.datetime(),
  location: f.text(),
  relatedTo: activitySchemaFields.relatedTo(),
  assignedUserId: f.id(),
  invitees: f.users(),
  reminder: activitySchemaFields.reminder(),
  description: f.textarea(),
};

// Both are wall times in the same zone ("YYYY-MM-DDTHH:mm"), so text order is time order.
export const meetingSchema = z
  .object({ ...recordKeys, ...meetingFields })
  .strict()
  .superRefine((v, ctx) => {
    if (v.startAt && v.endAt && v.endAt < v.startAt) ctx.addIssue({ code: "custom", path: ["endAt"], message: "validation.endBeforeStart" });
  });
