import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/records/store";

// Purposes a client consents to, one by one (guide: « Consentements »). A consent counts while it is not withdrawn.
export const CONSENT_PURPOSES = ["serviceDelivery", "funderSharing", "followUp", "employerReferral"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_METHODS = ["kiosk", "inPerson", "paper"] as const;
export const CONSENT_LANGUAGES = ["fr", "en", "iu"] as const;
/** The privacy notice the kiosk shows; a new wording gets a new version (and consents are asked again). */
export const CURRENT_NOTICE_VERSION = "2026-11";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "validation.date");

export const consentInputSchema = z
  .object({
    clientId: z.string().min(1).max(40),
    purpose: z.enum(CONSENT_PURPOSES),
    noticeVersion: z.string().trim().min(1).max(40),
    language: z.enum(CONSENT_LANGUAGES),
    method: z.enum(CONSENT_METHODS),
    givenOn: day,
  })
  .strict();
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const withdrawInputSchema = z.object({ clientId: z.string().min(1).max(40), consentId: z.string().min(1).max(40), withdrawnOn: day }).strict();

const active = { withdrawnAt: null };

/** For other areas (exports, reports): does this client currently consent to this purpose? */
export async function hasConsent(clientId: string, purpose: ConsentPurpose, tx: Tx = db): Promise<boolean> {
  return (await tx.clientConsent.count({ where: { clientId, purpose, ...active } })) > 0;
}

/** Of these clients, the ones who currently consent to the purpose (one query per batch of an export). */
export async function consentingClients(clientIds: readonly string[], purpose: ConsentPurpose, tx: Tx = db): Promise<Set<string>> {
  if (clientIds.length === 0) return new Set();
  const rows = await tx.clientConsent.findMany({ where: { clientId: { in: [...clientIds] }, purpose, ...active }, select: { clientId: true }, distinct: ["clientId"] });
  return new Set(rows.map((r) => r.clientId));
}

/** Every consent of a client, newest first, withdrawn ones included (the record of what was agreed when). */
export async function consentsOf(clientId: string, tx: Tx = db) {
  return tx.clientConsent.findMany({ where: { clientId }, orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }, { id: "desc" }] });
}
export type ConsentRow = Awaited<ReturnType<typeof consentsOf>>[number];

export async function createConsent(tx: Tx, input: ConsentInput, by: { id: string | null; name: string }) {
  return tx.clientConsent.create({
    data: { clientId: input.clientId, purpose: input.purpose, noticeVersion: input.noticeVersion, language: input.language, method: input.method, givenOn: input.givenOn, recordedById: by.id, recordedBy: by.name },
    select: { id: true },
  });
}
