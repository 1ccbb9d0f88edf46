"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { formDataToObject } from "@/lib/actions/form-data";
import { requestIp } from "@/lib/auth/request-ip";
import { privacySettingsSchema, savePrivacySettings } from "@/lib/privacy/settings";
import { purgeRecycleBin } from "@/lib/privacy/purge";

export const updatePrivacySettings = defineAction({
  permission: "settings.manage",
  schema: privacySettingsSchema,
  async handler(input) {
    await savePrivacySettings(input);
    return input;
  },
});

/** « Vider maintenant »: every record in the recycle bin, now (legal holds excepted). */
export const emptyRecycleBin = defineAction({
  permission: "privacy.manage",
  schema: z.object({ confirm: z.literal("yes") }).strict(),
  async handler(_input, user) {
    return purgeRecycleBin({ cutoff: new Date(), actor: user, ip: requestIp(await headers()), trigger: "manual" });
  },
});

export async function submitPrivacySettings(formData: FormData): Promise<void> {
  const result = await updatePrivacySettings(formDataToObject(formData));
  redirect(`/${await getLocale()}/admin/settings?privacy=${result.ok ? "saved" : "error"}#privacy-settings`);
}

export async function submitEmptyBin(formData: FormData): Promise<void> {
  const result = await emptyRecycleBin(formDataToObject(formData));
  redirect(`/${await getLocale()}/admin/recycle-bin?${result.ok ? `purged=${result.data.records}` : "purgeError=1"}`);
}

