import { f } from "@/lib/records/zod-fields";
import { PARENT_MODULES, REMINDER_OFFSETS } from "@/lib/modules/shared/activity-fields";

// zod builders the activity modules share. « Lié à » must name exactly one record: the single JSON value
// carries one module and one id (a second key is refused by its strict shape), and none is refused here.
export const activitySchemaFields = {
  relatedTo: () => f.parent(PARENT_MODULES).refine((v) => v !== null, "validation.required"),
  requiredDateTime: () => f.datetime().refine((v) => v !== null, "validation.required"),
  reminder: () => f.enumOf(REMINDER_OFFSETS),
};
