"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { formDataToObject } from "@/lib/actions/form-data";
import { requestIp } from "@/lib/auth/request-ip";
import { anonymiseClient, eraseClient, setLegalHold } from "@/lib/privacy/retention";

const clientId = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);

export const legalHoldAction = defineAction({
  permission: "privacy.manage",
  schema: z.object({ clientId, hold: z.enum(["yes", "no"]) }).strict(),
  async handler(input, user) {
    await setLegalHold(input.clientId, input.hold === "yes", user, requestIp(await headers()));
    return { hold: input.hold };
  },
});

/** « Anonymiser » or « Supprimer » on the retention review: the client must be live and not under legal hold. */
export const retentionAction = defineAction({
  permission: "privacy.manage",
  schema: z.object({ clientId, op: z.enum(["anonymise", "erase"]) }).strict(),
  async handler(input, user) {
    const ip = requestIp(await headers());
    return input.op === "anonymise" ? { op: input.op, ...(await anonymiseClient(input.clientId, user, ip)) } : { op: input.op, ...(await eraseClient(input.clientId, user, ip)) };
  },
});

export async function submitLegalHold(formData: FormData): Promise<void> {
  const input = formDataToObject(formData);
  const result = await legalHoldAction(input);
  const id = clientId.safeParse(input.clientId).data ?? "";
  redirect(`/${await getLocale()}/clients/${id}?legalHold=${result.ok ? "saved" : "error"}#consents`);
}

export async function submitRetention(formData: FormData): Promise<void> {
  const result = await retentionAction(formDataToObject(formData));
  redirect(`/${await getLocale()}/admin/retention?done=${result.ok ? result.data.op : "error"}`);
}
