"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { canModule } from "@/lib/auth/access";
import { tasksModel } from "@/lib/modules/tasks/model";
import { TASK_STATUSES } from "@/lib/modules/tasks/module";
import { saveRecord } from "@/lib/records/service";
import { f } from "@/lib/records/zod-fields";

const moveSchema = z.object({ id: z.string().min(1).max(64), version: f.version(), status: z.enum(TASK_STATUSES) }).strict();

/**
 * A Kanban card dropped in another column: the task's new status, saved at once through the record layer's save
 * (session, permission, the task's scope, its version: a card moved meanwhile by someone else is a conflict, never
 * overwritten; completion time and change log as for any save).
 */
export async function moveTask(input: unknown) {
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, "tasks", "edit"),
    schema: moveSchema,
    async handler({ id, version, status }, user) {
      const result = await saveRecord(tasksModel, { id, version, status }, user);
      revalidatePath("/[locale]", "layout");
      return result;
    },
  })(input);
}

const QUERY_KEYS = ["mine", "assignee", "priority"];

/** The same move from a card's own small form, before scripts load or without them: back to the board. */
export async function moveTaskForm(form: FormData): Promise<void> {
  const query = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(String(form.get("_query") ?? "").slice(0, 500))) if (QUERY_KEYS.includes(k)) query.set(k, v);
  const result = await moveTask({ id: form.get("id"), version: form.get("version"), status: form.get("status") });
  if (!result.ok) query.set("error", result.error === "records.conflict" ? "conflict" : result.error === "errors.notFound" ? "notFound" : "failed");
  const qs = query.toString();
  redirect(`/${await getLocale()}/tasks/kanban${qs ? `?${qs}` : ""}`);
}
