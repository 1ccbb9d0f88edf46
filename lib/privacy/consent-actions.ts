"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { formDataToObject } from "@/lib/actions/form-data";
import { requestIp } from "@/lib/auth/request-ip";
import type { CurrentUser } from "@/lib/auth/current-user";
import { clientsModel } from "@/lib/modules/clients/model";
import { logEvent } from "@/lib/records/audit";
import { dateFromText } from "@/lib/records/date-text";
import { consentInputSchema, createConsent, withdrawInputSchema } from "@/lib/privacy/consent";

/** The client must be live and in the user's scope; anything else is « not found ». */
async function inScope(clientId: string, user: CurrentUser) {
  if (!(await clientsModel.find(db, clientId, user))) throw new ActionError("errors.notFound");
}

export const recordConsent = defineAction({
  permission: "record.update",
  schema: consentInputSchema,
  async handler(input, user) {
    await inScope(input.clientId, user);
    const ip = requestIp(await headers());
    return db.$transaction(async (tx) => {
      const row = await createConsent(tx, input, user);
      await logEvent(tx, { action: "consentGiven", user, ip, module: "clients", recordId: input.clientId, detail: { consentId: row.id, purpose: input.purpose, noticeVersion: input.noticeVersion, method: input.method, language: input.language, givenOn: input.givenOn } });
      return row;
    });
  },
});

export const withdrawConsent = defineAction({
  permission: "record.update",
  schema: withdrawInputSchema,
  async handler(input, user) {
    await inScope(input.clientId, user);
    const ip = requestIp(await headers());
    return db.$transaction(async (tx) => {
      const { count } = await tx.clientConsent.updateMany({
        where: { id: input.consentId, clientId: input.clientId, withdrawnAt: null },
        data: { withdrawnAt: new Date(), withdrawnOn: input.withdrawnOn, withdrawnById: user.id, withdrawnBy: user.name },
      });
      if (count !== 1) throw new ActionError("errors.notFound");
      const row = await tx.clientConsent.findUniqueOrThrow({ where: { id: input.consentId }, select: { purpose: true } });
      await logEvent(tx, { action: "consentWithdrawn", user, ip, module: "clients", recordId: input.clientId, detail: { consentId: input.consentId, purpose: row.purpose, withdrawnOn: input.withdrawnOn } });
      return { id: input.consentId };
    });
  },
});

const safeId = (v: unknown) => (typeof v === "string" && /^[A-Za-z0-9_-]{1,40}$/.test(v) ? v : "");
// Dates are typed in the page's format (« 30/08/2025 » in French); the schema takes ISO.
const isoDay = (v: unknown) => (typeof v === "string" ? dateFromText(v.trim()) : v);

async function backToClient(clientId: string, outcome: string): Promise<never> {
  redirect(`/${await getLocale()}/clients/${safeId(clientId)}?consent=${outcome}#consents`);
}

/** The client page's plain consent form (works before scripts load): saved, then back to the client. */
export async function submitConsent(formData: FormData): Promise<void> {
  const input = formDataToObject(formData) as Record<string, unknown>;
  const result = await recordConsent({ ...input, givenOn: isoDay(input.givenOn) });
  await backToClient(String(input.clientId ?? ""), result.ok ? "saved" : result.error === "errors.invalid" ? "invalid" : "error");
}

export async function submitWithdrawal(formData: FormData): Promise<void> {
  const input = formDataToObject(formData) as Record<string, unknown>;
  const result = await withdrawConsent({ ...input, withdrawnOn: isoDay(input.withdrawnOn) });
  await backToClient(String(input.clientId ?? ""), result.ok ? "withdrawn" : result.error === "errors.invalid" ? "invalid" : "error");
}
