// The one way to tell colleagues something happened (assignment, @mention, reminder, kiosk visit): a row per
// recipient for the bell. Call it inside the transaction that makes the change, so a rolled-back save notifies
// nobody. E-mail copies, the bell and the scheduler build on these rows (notifications issue).
import type { Db } from "@/lib/db-client";

export type NotificationKind = "assigned" | "mention" | "reminder" | "visit";

/** A Prisma client or the `tx` of an interactive transaction. */
type Writer = Pick<Db, "notification">;

export type NotificationInput = {
  userIds: readonly string[];
  kind: NotificationKind;
  /** Record the notification opens (scope is checked when it is opened, not here). */
  module?: string | null;
  recordId?: string | null;
  /** Who caused it; never notified of their own action. */
  actor?: { id: string; name: string } | null;
  /** Plain text: the record's title at the time. */
  title: string;
  /** Plain text: the sentence around a mention, a visit's reason … */
  excerpt?: string | null;
};

const TITLE_MAX = 255;
const EXCERPT_MAX = 500;

/** Writes one notification per distinct recipient other than the actor; returns how many were written. */
export async function notify(db: Writer, input: NotificationInput): Promise<number> {
  const recipients = [...new Set(input.userIds)].filter((id) => id && id !== input.actor?.id);
  if (recipients.length === 0) return 0;
  const rows = recipients.map((userId) => ({
    userId,
    kind: input.kind,
    module: input.module ?? null,
    recordId: input.recordId ?? null,
    actorId: input.actor?.id ?? null,
    actorName: input.actor?.name ?? null,
    title: input.title.slice(0, TITLE_MAX),
    excerpt: input.excerpt ? input.excerpt.slice(0, EXCERPT_MAX) : null,
  }));
  // One recipient (the usual case) with create: Prisma keeps its query plan, a createMany's is compiled each time.
  if (rows.length === 1) {
    await db.notification.create({ data: rows[0], select: { id: true } });
    return 1;
  }
  const { count } = await db.notification.createMany({ data: rows });
  return count;
}
