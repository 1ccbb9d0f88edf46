"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fileSettingsSchema, saveFileSettings } from "@/lib/files/settings";

export const updateFileSettings = defineAction({
  permission: "settings.manage",
  schema: fileSettingsSchema,
  async handler(input) {
    await saveFileSettings(input);
    revalidatePath("/[locale]", "layout");
    return input;
  },
});
