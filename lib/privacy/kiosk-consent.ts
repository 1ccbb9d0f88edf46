import "server-only";
import { KIOSK_ACTOR } from "@/lib/kiosk/actor";
import { logEvent } from "@/lib/records/audit";
import type { Tx } from "@/lib/records/store";
import { CURRENT_NOTICE_VERSION, createConsent } from "@/lib/privacy/consent";
import { todayIn } from "@/lib/records/wall-time";

/**
 * The kiosk visitor ticked « J'accepte » under the privacy notice shown in `noticeLocale`: a « prestation de
 * services » consent, method kiosk, unless the client already holds a live one under the current notice (one row
 * per notice version, not one per visit). Runs in the visit's transaction; `newClient` when that transaction
 * created the client, who can hold no consent yet.
 */
export async function recordKioskConsent(tx: Tx, clientId: string, noticeLocale: "fr" | "en", now: Date, newClient = false): Promise<void> {
  if (!newClient && (await tx.clientConsent.count({ where: { clientId, purpose: "serviceDelivery", noticeVersion: CURRENT_NOTICE_VERSION, withdrawnAt: null } })) > 0) return;
  const givenOn = todayIn(KIOSK_ACTOR.timeZone, now);
  const row = await createConsent(tx, { clientId, purpose: "serviceDelivery", noticeVersion: CURRENT_NOTICE_VERSION, language: noticeLocale, method: "kiosk", givenOn }, { id: null, name: KIOSK_ACTOR.name });
  await logEvent(tx, { action: "consentGiven", user: { id: null, name: KIOSK_ACTOR.name }, module: "clients", recordId: clientId, detail: { consentId: row.id, purpose: "serviceDelivery", noticeVersion: CURRENT_NOTICE_VERSION, method: "kiosk", language: noticeLocale, givenOn } });
}
