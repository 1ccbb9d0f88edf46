import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { CALL_DIRECTIONS, CALL_STATUSES } from "@/lib/modules/calls/module";
import { activitySchemaFields } from "@/lib/modules/shared/activity-schema";

export const callFields = {
  subject: f.requiredText(),
  direction: f.enumOf(CALL_DIRECTIONS),
  status: f.requiredEnum(CALL_STATUSES),
  startAt: activitySchemaFields.requiredDateTime(),
  duration: f.duration().refine((v) => v !== null, "validation.required"),
  relatedTo: activitySchemaFields.relatedTo(),
  assignedUserId: f.id(),
  reminder: activitySchemaFields.reminder(),
  description: f.textarea(),
};

export const callSchema = z.object({ ...recordKeys, ...callFields }).strict();
