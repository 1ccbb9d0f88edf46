import "server-only";
import { ActionError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/records/store";

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

/** The label of a « Nom du service » value in a language (the stored value when the list no longer has it). */
export async function serviceLabel(tx: Tx, value: string, locale: string): Promise<string> {
  const row = await tx.picklistValue.findFirst({ where: { list: "services", value }, select: { labelFr: true, labelEn: true } });
  return row ? (locale === "en" ? row.labelEn : row.labelFr) : value;
}

/**
 * « Numéro de l'activité »: the first service with a number defines its activity (service name and dates); a
 * service giving that number to another service name is refused with the activity's name. The database holds
 * the same rule (Service → ActivityNumber on (number, serviceName), number unique): two first saves of one
 * number racing each other leave one row, and the loser is retried by the save flow and gets this message.
 */
export async function claimActivityNumber(tx: Tx, values: Record<string, unknown>, locale: string): Promise<void> {
  const number = str(values.activityNumber);
  const serviceName = str(values.serviceName);
  if (!number || !serviceName) return;
  const held = await tx.activityNumber.findUnique({ where: { number }, select: { serviceName: true } });
  if (!held) {
    await tx.activityNumber.create({ data: { number, serviceName, startDate: str(values.startDate), endDate: str(values.endDate) } });
    return;
  }
  if (held.serviceName === serviceName) return;
  const activity = await serviceLabel(tx, held.serviceName, locale);
  throw new ActionError("errors.invalid", { fieldErrors: { activityNumber: { key: "programRules.activityTaken", values: { number, activity } } } });
}
