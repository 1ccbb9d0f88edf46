import "server-only";
import { db } from "@/lib/db";
import { clientsModel } from "@/lib/modules/clients/model";
import { checkReferences, createIn } from "@/lib/records/service";
import { emailKey, nameKey, phoneKey } from "@/lib/records/normalize";
import type { Tx } from "@/lib/records/store";
import { notify } from "@/lib/notifications/notify";
import { sendNotificationMailsLater, type NotificationMail } from "@/lib/notifications/mail";
import { KIOSK_ACTOR } from "@/lib/kiosk/actor";
import { visitRecipients } from "@/lib/kiosk/recipients";
import { reasonLabels } from "@/lib/kiosk/reasons";
import type { KioskInput } from "@/lib/kiosk/schema";
import { recordKioskConsent } from "@/lib/privacy/kiosk-consent";

/** Not shown to the visitor: every outcome gets the same thank-you (known or new person, repeat tap, bot). */
export type KioskOutcome = "recorded" | "repeat" | "ignored";

type Person = { id: string; firstName: string; lastName: string };

const isUnique = (error: unknown) => (error as { code?: unknown })?.code === "P2002";

/**
 * The existing client this visitor is: the same name (accents, case, order and hyphens ignored) with the same
 * e-mail or phone. The oldest such file wins when several do; null when none.
 */
export async function matchClient(input: Pick<KioskInput, "firstName" | "lastName" | "email" | "phone">, tx: Tx = db): Promise<Person | null> {
  const email = emailKey(input.email);
  const phone = phoneKey(input.phone);
  const contact = [...(email ? [{ emailKey: email }] : []), ...(phone ? [{ phoneKey: phone }, { mobileKey: phone }] : [])];
  if (contact.length === 0) return null;
  // No ORDER BY in SQL: with one, SQLite may walk the (deletedAt, createdAt) index over every client to skip a
  // sort, the whole table for a new visitor. The name's own index finds the few namesakes; the oldest is picked here.
  const found = await tx.client.findMany({
    where: { AND: [{ nameKey: nameKey(input.firstName, input.lastName) }, { deletedAt: null }, { OR: contact }] },
    select: { id: true, firstName: true, lastName: true, createdAt: true },
  });
  const oldest = found.reduce<(typeof found)[number] | null>((best, c) => (!best || c.createdAt < best.createdAt || (+c.createdAt === +best.createdAt && c.id < best.id) ? c : best), null);
  return oldest && { id: oldest.id, firstName: oldest.firstName, lastName: oldest.lastName };
}

/** A new client file's fields from what the visitor typed (the record layer's own schema). */
const newClientFields = (input: KioskInput) =>
  clientsModel.schema.parse({ firstName: input.firstName, lastName: input.lastName, email: input.email ?? "", phone: input.phone ?? "", preferredLanguage: input.language, fileStatus: "open", clientStatus: "newcomer" });

/**
 * Records one office visit: the existing client or a new one (an existing client's file is never changed), the
 * visit, the consent, and a bell notification to each member of staff an admin named, in their language.
 *
 * All of it is one transaction, the idempotency key checked first inside it: on SQLite the app's transactions run
 * one after the other, so a double tap's second request sees the first's visit and writes nothing; on PostgreSQL
 * two taps at once may both pass the check, and the second's visit then breaks the key's unique index, which rolls
 * back its whole transaction, the client it may have created included. Either way: one visit, at most one client.
 * One transaction is also one commit instead of four: what made a registration cost more than a list page.
 */
export async function registerVisit(input: KioskInput, now = new Date()): Promise<KioskOutcome> {
  if (input.website.trim() !== "") return "ignored";
  const [recipients, reason] = await Promise.all([visitRecipients(), reasonLabels(input.reason)]);
  let mails: NotificationMail[] = [];
  try {
    const outcome = await db.$transaction(
      async (tx): Promise<KioskOutcome> => {
        if (await tx.visit.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } })) return "repeat";
        let client = await matchClient(input, tx);
        const newClient = !client;
        if (!client) {
          const fields = newClientFields(input);
          await checkReferences(clientsModel, fields, null, KIOSK_ACTOR);
          // The kiosk is no user: its « Créé par » sort key is empty, as a lookup of its id would find.
          const created = await createIn(tx, clientsModel, fields, KIOSK_ACTOR, true, {}, new Map([[`user:${KIOSK_ACTOR.id}`, undefined]]));
          mails = created.mails;
          client = { id: created.id, firstName: String(fields.firstName ?? ""), lastName: String(fields.lastName ?? "") };
        }
        const clientId = client.id;
        await tx.visit.create({ data: { clientId, reason: input.reason, comment: input.comment, language: input.language, idempotencyKey: input.idempotencyKey, visitedAt: now }, select: { id: true } });
        await recordKioskConsent(tx, clientId, input.locale, now, newClient);
        const title = `${client.firstName} ${client.lastName}`.trim();
        for (const locale of ["fr", "en"] as const) {
          const userIds = recipients.filter((r) => (r.locale === "en" ? "en" : "fr") === locale).map((r) => r.id);
          const excerpt = input.comment ? `${reason[locale]} — ${input.comment}` : reason[locale];
          await notify(tx, { userIds, kind: "visit", module: "clients", recordId: clientId, actor: null, title, excerpt });
        }
        return "recorded";
      },
      // A burst of registrations queues for SQLite's one writer: wait for a turn rather than fail.
      { maxWait: 15_000, timeout: 15_000 },
    );
    sendNotificationMailsLater(mails);
    return outcome;
  } catch (error) {
    if (isUnique(error)) return "repeat";
    throw error;
  }
}
