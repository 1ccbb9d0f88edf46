import "server-only";
import { db } from "@/lib/db";
import { decodeCursor, encodeCursor } from "@/lib/records/keyset";
import type { NotificationKind } from "@/lib/notifications/notify";

/** The badge stops counting here and shows « 99+ »: at most 100 ids are read from the index. */
export const BADGE_CAP = 99;

export async function unreadCount(userId: string): Promise<{ count: number; capped: boolean }> {
  const ids = await db.notification.findMany({ where: { userId, readAt: null }, select: { id: true }, take: BADGE_CAP + 1 });
  return ids.length > BADGE_CAP ? { count: BADGE_CAP, capped: true } : { count: ids.length, capped: false };
}

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  /** Path of the record within the locale ("/clients/…"); null when the notification names none. */
  href: string | null;
  title: string;
  excerpt: string | null;
  actorName: string | null;
  createdAt: string;
  read: boolean;
};

const select = { id: true, kind: true, module: true, recordId: true, title: true, excerpt: true, actorName: true, createdAt: true, readAt: true } as const;
type Stored = { id: string; kind: string; module: string | null; recordId: string | null; title: string; excerpt: string | null; actorName: string | null; createdAt: Date; readAt: Date | null };

const KINDS: readonly string[] = ["assigned", "mention", "reminder", "visit"];

function toItem(n: Stored): NotificationItem {
  // The module key came from the registry when the row was written; the path is only built from safe characters.
  const href = n.module && n.recordId && /^[a-z][a-zA-Z]*$/.test(n.module) ? `/${n.module}/${encodeURIComponent(n.recordId)}` : null;
  return {
    id: n.id,
    kind: (KINDS.includes(n.kind) ? n.kind : "visit") as NotificationKind,
    href,
    title: n.title,
    excerpt: n.excerpt,
    actorName: n.actorName,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  };
}

/** The bell's dropdown: the latest few, newest first. */
export async function latestNotifications(userId: string, take = 8): Promise<NotificationItem[]> {
  const rows = await db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select });
  return rows.map(toItem);
}

export type NotificationOrder = "unread" | "newest";

// Cursor: the segment (unread rows come first in "unread" order), and the last row's time and id; a segment's
// start has neither. Carried in the record lists' opaque cursor as "segment|time".
type Cursor = { s: "unread" | "read" | "all"; t: string | null; i: string | null };
const SEGMENTS: readonly string[] = ["unread", "read", "all"];

function encode(c: Cursor): string {
  return encodeCursor({ v: `${c.s}|${c.t ?? ""}`, id: c.i ?? "-" });
}

function decode(text: string | null | undefined): Cursor | null {
  const raw = decodeCursor(text);
  if (typeof raw?.v !== "string") return null;
  const [s, t] = raw.v.split("|");
  if (!SEGMENTS.includes(s) || (t && Number.isNaN(Date.parse(t)))) return null;
  return { s: s as Cursor["s"], t: t || null, i: t ? raw.id : null };
}

const SEGMENT = { unread: { readAt: null }, read: { readAt: { not: null } }, all: {} } as const;

async function segmentPage(userId: string, segment: Cursor["s"], after: Cursor | null, take: number) {
  const t = after?.t ? new Date(after.t) : null;
  const where = { userId, ...SEGMENT[segment], ...(t && after?.i ? { OR: [{ createdAt: { lt: t } }, { createdAt: t, id: { lt: after.i } }] } : {}) };
  const rows = await db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: take + 1, select });
  return { rows: rows.slice(0, take), more: rows.length > take };
}

/**
 * One page of the user's notifications, keyset on (createdAt, id): newest first, or unread first (the unread
 * ones newest first, then the read ones). Only forward: the page links back to the start.
 */
export async function notificationPage(userId: string, order: NotificationOrder, cursorText: string | null, take = 20) {
  const cursor = decode(cursorText);
  const segments: Cursor["s"][] = order === "newest" ? ["all"] : ["unread", "read"];
  const start = cursor && segments.includes(cursor.s) ? segments.indexOf(cursor.s) : 0;
  const items: Stored[] = [];
  let next: Cursor | null = null;
  for (let i = start; i < segments.length && items.length < take; i++) {
    const segment = segments[i];
    const page = await segmentPage(userId, segment, i === start ? cursor : null, take - items.length);
    items.push(...page.rows);
    const last = page.rows.at(-1);
    if (page.more && last) next = { s: segment, t: last.createdAt.toISOString(), i: last.id };
    else if (i + 1 < segments.length && items.length >= take && (await db.notification.findFirst({ where: { userId, ...SEGMENT[segments[i + 1]] }, select: { id: true } })))
      next = { s: segments[i + 1], t: null, i: null };
  }
  return { items: items.map(toItem), nextCursor: next ? encode(next) : null };
}
