import "server-only";
import { startPeriodicJob } from "@/lib/periodic-job";
import { db } from "@/lib/db";
import { modelOf } from "@/lib/modules/registry";
import { notify } from "@/lib/notifications/notify";
import { sendNotificationMails, type NotificationMail } from "@/lib/notifications/mail";
import { recordTitle } from "@/lib/records/display";
import { dateTimeFormatter } from "@/lib/records/date-time-format";
import { recordScope } from "@/lib/records/scope";
import type { Row } from "@/lib/records/model";
import { getSettings } from "@/lib/settings";
import type { Role } from "@/lib/auth/permissions";

const EVERY_MS = 30_000;
/** A claim older than this belonged to an instance that stopped mid-way: another one may take the row over. */
export const CLAIM_STALE_MS = 5 * 60_000;
const BATCH = 50;

/** Thrown inside a sending transaction whose claim was taken over: the notification rolls back with it. */
class ClaimLost extends Error {}

type Due = { id: string; module: string; recordId: string; userId: string; dueAt: Date };

/**
 * Claims one due reminder for this run: a conditional update that only one instance can win, on SQLite (one
 * writer at a time) and PostgreSQL (the second UPDATE waits for the first and then no longer matches).
 */
async function claim(reminder: Due, now: Date): Promise<boolean> {
  const stale = new Date(now.getTime() - CLAIM_STALE_MS);
  const { count } = await db.reminder.updateMany({
    where: { id: reminder.id, sentAt: null, OR: [{ claimedAt: null }, { claimedAt: { lt: stale } }] },
    data: { claimedAt: now },
  });
  return count === 1;
}

/** The record's first date-time field (a call's or meeting's start), in the recipient's zone and language. */
function startText(row: Row, module: string, user: { locale: string; timeZone: string | null }, orgZone: string): string | null {
  const field = modelOf(module)?.def.fields.find((f) => f.kind === "datetime" && !f.system);
  const value = field ? row[field.name] : null;
  return value instanceof Date ? dateTimeFormatter(user.locale === "en" ? "en" : "fr", user.timeZone ?? orgZone)(value) : null;
}

/**
 * Writes the "reminder" notification of one claimed row and marks it sent, in one transaction that also checks
 * the claim is still ours. A record deleted or gone, or a deactivated recipient, marks the row sent with no
 * notification. Returns the e-mail copy to send, if any.
 */
async function deliver(reminder: Due, now: Date, orgZone: string): Promise<NotificationMail | null> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.reminder.updateMany({ where: { id: reminder.id, sentAt: null, claimedAt: now }, data: { sentAt: now } });
    if (count !== 1) throw new ClaimLost();
    const model = modelOf(reminder.module);
    const user = await tx.user.findUnique({ where: { id: reminder.userId }, select: { id: true, role: true, active: true, locale: true, timeZone: true } });
    if (!model || !user?.active) return null;
    const row = (await model.table(tx).findFirst({ where: { AND: [await recordScope({ id: user.id, role: user.role as Role }, model.key), { id: reminder.recordId }] } })) as Row | null;
    if (!row) return null;
    const title = recordTitle(model.def, row);
    const when = startText(row, model.key, user, orgZone);
    await notify(tx, { userIds: [user.id], kind: "reminder", module: model.key, recordId: row.id, title, excerpt: when });
    return { userId: user.id, kind: "reminder", module: model.key, recordId: row.id, title, when };
  });
}

/**
 * One pass: every reminder due by `now` and not yet sent goes out once, whatever the number of instances running
 * this at the same moment. Returns how many this pass delivered (notification written or skipped as gone).
 */
export async function runDueReminders(now = new Date()): Promise<number> {
  const stale = new Date(now.getTime() - CLAIM_STALE_MS);
  const due = await db.reminder.findMany({
    where: { sentAt: null, dueAt: { lte: now }, OR: [{ claimedAt: null }, { claimedAt: { lt: stale } }] },
    orderBy: { dueAt: "asc" },
    take: BATCH,
    select: { id: true, module: true, recordId: true, userId: true, dueAt: true },
  });
  if (due.length === 0) return 0;
  const { timeZone } = await getSettings();
  const mails: NotificationMail[] = [];
  let delivered = 0;
  for (const reminder of due) {
    if (!(await claim(reminder, now))) continue;
    try {
      const mail = await deliver(reminder, now, timeZone);
      delivered += 1;
      if (mail) mails.push(mail);
    } catch (error) {
      if (!(error instanceof ClaimLost)) console.error(`[reminders] reminder ${reminder.id} failed; retried once its claim is stale`, error);
    }
  }
  await sendNotificationMails(mails);
  return delivered;
}

let started = false;

/**
 * Every app instance runs the scheduler (no single "leader" to fail over): claims keep each reminder to one
 * instance. Not in tests, nor while `next build` collects pages.
 */
export function startReminderScheduler(): void {
  if (!started) started = startPeriodicJob("reminders", EVERY_MS, runDueReminders);
}
