"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { canModule } from "@/lib/auth/access";
import { isWallTime } from "@/lib/records/wall-time";
import { saveRecord } from "@/lib/records/service";
import { callsModel } from "@/lib/modules/calls/model";
import { meetingsModel } from "@/lib/modules/meetings/model";
import { tasksModel } from "@/lib/modules/tasks/model";
import { f } from "@/lib/records/zod-fields";
import { CALENDAR_MODULES } from "@/lib/calendar/items";

const wall = z.string().refine(isWallTime, "validation.datetime");
const moveSchema = z
  .object({ module: z.enum(CALENDAR_MODULES), id: z.string().min(1).max(64), version: f.version(), start: wall, end: wall.nullable().default(null) })
  .strict()
  .refine((v) => v.end === null || v.end > v.start, { path: ["end"], message: "validation.endBeforeStart" });

/**
 * An item dragged to another slot (or a meeting resized) on the calendar: saved through the record layer's own
 * save with the version the page showed, so the session, the permission, the record's scope, the references and
 * the change log are those of the form, and a record changed meanwhile is a conflict, never overwritten. Times are
 * wall times in the user's zone, like the form's. A call keeps its duration; a task's due date moves.
 */
export async function moveCalendarItem(input: unknown) {
  return defineAction({
    permission: "record.update",
    schema: moveSchema,
    async handler({ module, id, version, start, end }, user) {
      if (!(await canModule(user, module, "edit"))) throw new ActionError("errors.forbidden");
      const saved =
        module === "calls"
          ? await saveRecord(callsModel, { id, version, startAt: start }, user)
          : module === "meetings"
            ? await saveRecord(meetingsModel, { id, version, startAt: start, ...(end ? { endAt: end } : {}) }, user)
            : await saveRecord(tasksModel, { id, version, dueAt: start }, user);
      revalidatePath("/[locale]/calendar", "page");
      return saved;
    },
  })(input);
}
