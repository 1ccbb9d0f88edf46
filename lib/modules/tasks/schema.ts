import { z } from "zod";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { TASK_PRIORITIES, TASK_STATUSES } from "@/lib/modules/tasks/module";
import { activitySchemaFields } from "@/lib/modules/shared/activity-schema";

export const taskFields = {
  subject: f.requiredText(),
  status: f.requiredEnum(TASK_STATUSES),
  startAt: f.datetime(),
  dueAt: f.datetime(),
  priority: f.enumOf(TASK_PRIORITIES),
  relatedTo: activitySchemaFields.relatedTo(),
  assignedUserId: f.id(),
  description: f.textarea(),
};

export const taskSchema = z.object({ ...recordKeys, ...taskFields }).strict();
