"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { suggestColleagues } from "@/lib/notifications/colleagues";

/** Colleagues to suggest after `@` in a description: at most 8 active users whose name starts with what was typed. */
export const searchColleagues = defineAction({
  permission: "record.read",
  schema: z.object({ q: z.string().max(64) }).strict(),
  handler: ({ q }, me) => suggestColleagues(q, me.id),
});
