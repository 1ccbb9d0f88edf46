import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { sendMail } from "@/lib/mail/send";
import { afterResponse } from "@/lib/after-response";

/** An e-mail copy of a bell notification, for users who asked for one under « Mon profil ». */
export type NotificationMail = {
  userId: string;
  kind: "assigned" | "reminder";
  module: string;
  recordId: string;
  title: string;
  actorName?: string | null;
  /** Reminders: the activity's start, already written in the recipient's zone and language. */
  when?: string | null;
};

const PREFERENCE = { assigned: "emailAssignments", reminder: "emailReminders" } as const;

/**
 * Sends the copies their recipients opted into, in each recipient's language, plain text with the record's link
 * on APP_URL. Called after the transaction commits: a rolled-back save mails nobody, and a slow or failing mail
 * server never holds or fails a save. One failed message does not stop the others.
 */
export async function sendNotificationMails(mails: readonly NotificationMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(mails.map((m) => m.userId))] }, active: true },
    select: { id: true, email: true, name: true, locale: true, emailAssignments: true, emailReminders: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  let sent = 0;
  for (const mail of mails) {
    const user = byId.get(mail.userId);
    if (!user || !user[PREFERENCE[mail.kind]]) continue;
    const locale = user.locale === "en" ? "en" : "fr";
    const t = translatorFor(locale);
    const url = `${appUrl()}/${locale}/${mail.module}/${encodeURIComponent(mail.recordId)}`;
    const values = { name: user.name, title: mail.title, actor: mail.actorName ?? "", when: mail.when ?? "", url };
    try {
      await sendMail({ to: user.email, subject: t(`notificationMails.${mail.kind}Subject`, values), text: t(`notificationMails.${mail.kind}Body`, values) });
      sent += 1;
    } catch (error) {
      console.error(`[notifications] e-mail to user ${user.id} failed`, error);
    }
  }
  return sent;
}

/** After the response when there is one (a page's save), else right away in the background (scripts, jobs). */
export function sendNotificationMailsLater(mails: readonly NotificationMail[]): void {
  if (mails.length === 0) return;
  try {
    afterResponse("notification e-mails", () => sendNotificationMails(mails));
  } catch {
    void sendNotificationMails(mails).catch((error: unknown) => console.error("[notifications] e-mails failed", error));
  }
}
