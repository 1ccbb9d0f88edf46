import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { notify } from "@/lib/notifications/notify";
import { newMentions } from "@/lib/notifications/mentions";
import type { NotificationMail } from "@/lib/notifications/mail";
import { parseJsonArray, recordTitle } from "@/lib/records/display";
import type { RecordModel, Row } from "@/lib/records/model";
import type { Tx } from "@/lib/records/store";

type Change = { id: string; before: Row | null; after: Row; user: CurrentUser };

/** Colleagues a save gives the record to: « Assigné à » set or changed, or newly in a `users` field (invitees). */
function newlyAssigned(model: RecordModel, { before, after }: Change): string[] {
  const ids = new Set<string>();
  for (const field of model.def.fields) {
    if (field.system || field.computed || field.virtual) continue;
    if (field.kind === "user") {
      const now = after[field.name];
      if (typeof now === "string" && now !== "" && now !== before?.[field.name]) ids.add(now);
    } else if (field.kind === "users") {
      const had = new Set(parseJsonArray(before?.[field.name]));
      for (const id of parseJsonArray(after[field.name])) if (!had.has(id)) ids.add(id);
    }
  }
  return [...ids];
}

/** Users newly mentioned in the `mentions` fields the save changed, each with the sentence of the first one. */
async function newlyMentioned(tx: Tx, model: RecordModel, { before, after }: Change): Promise<Map<string, string>> {
  const changed = model.def.fields.filter((f) => f.mentions && typeof after[f.name] === "string" && after[f.name] !== before?.[f.name] && String(after[f.name]).includes("@"));
  const out = new Map<string, string>();
  if (changed.length === 0) return out;
  const users = await tx.user.findMany({ where: { active: true }, select: { id: true, name: true } });
  for (const field of changed) {
    const previous = before?.[field.name];
    for (const { userId, excerpt } of newMentions(typeof previous === "string" ? previous : null, String(after[field.name]), users)) {
      if (!out.has(userId)) out.set(userId, excerpt);
    }
  }
  return out;
}

/**
 * Bell notifications of one save, written in its transaction: assignment and @mentions, never to the person
 * saving. Returns the assignment e-mails to send once the transaction has committed.
 */
export async function notifyRecordChange(tx: Tx, model: RecordModel, change: Change): Promise<NotificationMail[]> {
  const actor = { id: change.user.id, name: change.user.name };
  const title = recordTitle(model.def, change.after);
  const target = { module: model.key, recordId: change.id, actor, title };
  const assigned = newlyAssigned(model, change).filter((id) => id !== actor.id);
  if (assigned.length > 0) await notify(tx, { ...target, userIds: assigned, kind: "assigned" });
  for (const [userId, excerpt] of await newlyMentioned(tx, model, change)) {
    await notify(tx, { ...target, userIds: [userId], kind: "mention", excerpt });
  }
  return assigned.map((userId) => ({ userId, kind: "assigned", module: model.key, recordId: change.id, title, actorName: actor.name }));
}
