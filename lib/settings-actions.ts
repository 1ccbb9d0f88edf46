"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { saveSettings, settingsSchema } from "@/lib/settings";

export const updateSettings = defineAction({
  permission: "settings.manage",
  schema: settingsSchema,
  async handler(input) {
    await saveSettings(input);
    revalidatePath("/[locale]", "layout");
    return input;
  },
});
