"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { formDataToObject } from "@/lib/actions/form-data";
import { requestIp } from "@/lib/auth/request-ip";
import { clientsModel } from "@/lib/modules/clients/model";
import { logEvent } from "@/lib/records/audit";
import { dateFromText } from "@/lib/records/date-text";
import { accessRequestInputSchema, accessRequestStatusSchema, dueOn } from "@/lib/privacy/access-requests";

export const createAccessRequest = defineAction({
  permission: "privacy.manage",
  schema: accessRequestInputSchema,
  async handler(input, user) {
    const client = (await clientsModel.find(db, input.clientId, user)) as { firstName: string; lastName: string } | null;
    if (!client) throw new ActionError("errors.notFound");
    const ip = requestIp(await headers());
    return db.$transaction(async (tx) => {
      const row = await tx.accessRequest.create({
        data: { clientId: input.clientId, clientName: `${client.firstName} ${client.lastName}`.trim(), receivedOn: input.receivedOn, dueOn: dueOn(input.receivedOn), note: input.note || null, handledById: user.id, handledBy: user.name },
        select: { id: true },
      });
      await logEvent(tx, { action: "accessRequest", user, ip, module: "clients", recordId: input.clientId, detail: { requestId: row.id, receivedOn: input.receivedOn, status: "open" } });
      return row;
    });
  },
});

export const setAccessRequestStatus = defineAction({
  permission: "privacy.manage",
  schema: accessRequestStatusSchema,
  async handler(input, user) {
    const ip = requestIp(await headers());
    return db.$transaction(async (tx) => {
      const row = await tx.accessRequest.findUnique({ where: { id: input.id }, select: { clientId: true } });
      if (!row) throw new ActionError("errors.notFound");
      await tx.accessRequest.update({ where: { id: input.id }, data: { status: input.status, doneAt: input.status === "done" ? new Date() : null, handledById: user.id, handledBy: user.name } });
      await logEvent(tx, { action: "accessRequest", user, ip, module: "clients", recordId: row.clientId, detail: { requestId: input.id, status: input.status } });
      return { id: input.id };
    });
  },
});

/** The client page's plain form: the request is registered, then the register opens with it. */
export async function submitAccessRequest(formData: FormData): Promise<void> {
  const input = formDataToObject(formData) as Record<string, unknown>;
  const result = await createAccessRequest({ ...input, receivedOn: typeof input.receivedOn === "string" ? dateFromText(input.receivedOn.trim()) : input.receivedOn });
  const locale = await getLocale();
  if (result.ok) redirect(`/${locale}/admin/access-requests?saved=1`);
  const id = typeof input.clientId === "string" && /^[A-Za-z0-9_-]{1,40}$/.test(input.clientId) ? input.clientId : "";
  redirect(`/${locale}/clients/${id}?accessRequest=${result.error === "errors.invalid" ? "invalid" : "error"}#consents`);
}

export async function submitAccessRequestStatus(formData: FormData): Promise<void> {
  const result = await setAccessRequestStatus(formDataToObject(formData));
  redirect(`/${await getLocale()}/admin/access-requests${result.ok ? "" : "?error=1"}`);
}
