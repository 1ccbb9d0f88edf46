import "server-only";
import { picklistOptions } from "@/lib/records/picklists";

// « Motif de la visite »: the admin's list "visitReasons", read from the values the process keeps
// (lib/records/picklists.ts) rather than queried on each registration.
const LIST = "visitReasons";

/** True when the reason is one of the list's active values (what the kiosk's select offers). */
export async function reasonAccepted(reason: string): Promise<boolean> {
  return (await picklistOptions(LIST, "fr")).some((o) => o.value === reason);
}

/** The reason's label in each language, for the staff's notifications; the value itself when the list lost it. */
export async function reasonLabels(reason: string): Promise<{ fr: string; en: string }> {
  const [fr, en] = await Promise.all(["fr", "en"].map(async (locale) => (await picklistOptions(LIST, locale, [reason])).find((o) => o.value === reason)?.label ?? reason));
  return { fr, en };
}
