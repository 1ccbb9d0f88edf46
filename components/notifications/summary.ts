import type { NotificationItem } from "@/lib/notifications/queries";

type Translate = (key: string, values?: Record<string, string>) => string;

/** « Alice Kilabuk vous a assigné « Aputi Qaqqaq » »: one plain-text line for the bell and the page. */
export function notificationSummary(t: Translate, item: Pick<NotificationItem, "kind" | "title" | "actorName">): string {
  return t(`notifications.summary.${item.kind}`, { actor: item.actorName ?? "—", title: item.title });
}
