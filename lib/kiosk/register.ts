import "server-only";
import { db } from "@/lib/db";
import { clientsModel } from "@/lib/modules/clients/model";
import { saveRecord } from "@/lib/records/service";
import { emailKey, nameKey, phoneKey } from "@/lib/records/normalize";
import { notify } from "@/lib/notifications/notify";
import { KIOSK_ACTOR } from "@/lib/kiosk/actor";
import { visitRecipients } from "@/lib/kiosk/recipients";
import type { KioskInput } from "@/lib/kiosk/schema";
import { recordKioskConsent } from "@/lib/privacy/kiosk-consent";

/** Not shown to the visitor: every outcome gets the same thank-you (known or new person, repeat tap, bot). */
export type KioskOutcome = "recorded" | "repeat" | "ignored";

const isUnique = (error: unknown) => (error as { code?: unknown })?.code === "P2002";
const claimKey = (key: string) => `kiosk-visit:${key}`;

/**
 * The existing client this visitor is: the same name (accents, case, order and hyphens ignored) with the same
 * e-mail or phone. The oldest such file wins when several do; null when none.
 */
export async function matchClient(input: Pick<KioskInput, "firstName" | "lastName" | "email" | "phone">): Promise<string | null> {
  const email = emailKey(input.email);
  const phone = phoneKey(input.phone);
  const contact = [...(email ? [{ emailKey: email }] : []), ...(phone ? [{ phoneKey: phone }, { mobileKey: phone }] : [])];
  if (contact.length === 0) return null;
  const found = await db.client.findFirst({
    where: { AND: [{ nameKey: nameKey(input.firstName, input.lastName) }, { deletedAt: null }, { OR: contact }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return found?.id ?? null;
}

/** A new client file from what the visitor typed, through the record layer (search words, sort keys, change log by the kiosk). */
async function createClient(input: KioskInput): Promise<string> {
  const fields = clientsModel.schema.parse({ firstName: input.firstName, lastName: input.lastName, email: input.email ?? "", phone: input.phone ?? "", preferredLanguage: input.language, fileStatus: "open", clientStatus: "newcomer" });
  return (await saveRecord(clientsModel, fields, KIOSK_ACTOR)).id;
}

async function reasonLabels(reason: string) {
  const row = await db.picklistValue.findFirst({ where: { list: "visitReasons", value: reason }, select: { labelFr: true, labelEn: true } });
  return { fr: row?.labelFr ?? reason, en: row?.labelEn ?? reason };
}

/**
 * Records one office visit: the existing client or a new one (an existing client's file is never changed), the
 * visit, and a bell notification to each member of staff an admin named, in their language. The idempotency key
 * is claimed first, so a double tap or a resent form records one visit and creates at most one client.
 */
export async function registerVisit(input: KioskInput, now = new Date()): Promise<KioskOutcome> {
  if (input.website.trim() !== "") return "ignored";
  if (await db.visit.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } })) return "repeat";
  try {
    await db.loginThrottle.create({ data: { key: claimKey(input.idempotencyKey), windowStart: now } });
  } catch (error) {
    if (isUnique(error)) return "repeat";
    throw error;
  }
  try {
    const clientId = (await matchClient(input)) ?? (await createClient(input));
    const [recipients, reason, client] = await Promise.all([
      visitRecipients(),
      reasonLabels(input.reason),
      db.client.findUniqueOrThrow({ where: { id: clientId }, select: { firstName: true, lastName: true } }),
    ]);
    const title = `${client.firstName} ${client.lastName}`.trim();
    await db.$transaction(async (tx) => {
      await tx.visit.create({ data: { clientId, reason: input.reason, comment: input.comment, language: input.language, idempotencyKey: input.idempotencyKey, visitedAt: now } });
      await recordKioskConsent(tx, clientId, input.locale, now);
      for (const locale of ["fr", "en"] as const) {
        const userIds = recipients.filter((r) => (r.locale === "en" ? "en" : "fr") === locale).map((r) => r.id);
        const excerpt = input.comment ? `${reason[locale]} — ${input.comment}` : reason[locale];
        await notify(tx, { userIds, kind: "visit", module: "clients", recordId: clientId, actor: null, title, excerpt });
      }
    });
    return "recorded";
  } catch (error) {
    // Free the key so that the visitor's next tap can record the visit this one could not.
    await db.loginThrottle.deleteMany({ where: { key: claimKey(input.idempotencyKey) } });
    if (isUnique(error)) return "repeat";
    throw error;
  }
}
