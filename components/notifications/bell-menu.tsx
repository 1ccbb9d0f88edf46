"use client";
import * as Popover from "@radix-ui/react-popover";
import { Bell, Check } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { Link } from "@/lib/i18n/navigation";
import { loadBell, markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/actions";
import type { NotificationItem } from "@/lib/notifications/queries";
import { notificationSummary } from "@/components/notifications/summary";
import { NOTIFICATIONS_CHANGED, NotificationLink } from "@/components/notifications/notification-link";

type Unread = { count: number; capped: boolean };
const REFRESH_MS = 60_000;
const noop = () => () => {};

/** The count is read again every minute and when the window comes back to the front: a few bytes each time. */
function useUnreadCount(initial: Unread) {
  const [unread, setUnread] = useState(initial);
  // A server render after an action (router refresh) brings a newer count.
  const [served, setServed] = useState(initial);
  if (served.count !== initial.count || served.capped !== initial.capped) {
    setServed(initial);
    setUnread(initial);
  }
  useEffect(() => {
    const refresh = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch("/api/notifications/count", { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { n: number; c: boolean };
        setUnread({ count: body.n, capped: body.c });
      } catch {
        // Offline for a moment: the next refresh tries again.
      }
    };
    const timer = setInterval(refresh, REFRESH_MS);
    window.addEventListener("focus", refresh);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", refresh);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, []);
  return [unread, setUnread] as const;
}

function BellFace({ unread }: { unread: Unread }) {
  const t = useTranslations();
  const label = unread.capped ? t("notifications.bellUnreadCapped") : unread.count > 0 ? t("notifications.bellUnread", { count: unread.count }) : t("notifications.bellLabel");
  return (
    <>
      <span className="relative">
        <Bell className="size-5" aria-hidden />
        {unread.count > 0 && (
          <span aria-hidden data-testid="bell-count" className="absolute -top-2 -right-2.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-[11px] leading-5 font-semibold text-white">
            {unread.capped ? "99+" : unread.count}
          </span>
        )}
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}

/**
 * The bell in the top bar. Before scripts run it is a link to the notifications page; once they run it opens
 * the latest ones in a popover (loaded when opened, so pages do not carry them).
 */
export function BellMenu({ initial }: { initial: Unread }) {
  const t = useTranslations();
  const format = useFormatter();
  const [unread, setUnread] = useUnreadCount(initial);
  // False on the server and while hydrating (the link), true once scripts run (the popover).
  const scripted = useSyncExternalStore(noop, () => true, () => false);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<NotificationItem[] | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    setFailed(false);
    const result = await loadBell({});
    if (!result.ok) return setFailed(true);
    setItems(result.data.items);
    setUnread(result.data.unread);
  }, [setUnread]);

  const markOne = (id: string) => {
    setItems((list) => list?.map((i) => (i.id === id ? { ...i, read: true } : i)) ?? null);
    setUnread((u) => (u.capped ? u : { count: Math.max(0, u.count - 1), capped: false }));
    void markNotificationRead({ id });
  };
  const markAll = async () => {
    setItems((list) => list?.map((i) => ({ ...i, read: true })) ?? null);
    setUnread({ count: 0, capped: false });
    await markAllNotificationsRead({});
  };

  const trigger = "btn btn-ghost !px-2";
  if (!scripted)
    return (
      <Link href="/notifications" className={trigger} prefetch={false}>
        <BellFace unread={unread} />
      </Link>
    );
  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void load();
      }}
    >
      <Popover.Trigger className={trigger} data-testid="bell">
        <BellFace unread={unread} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label={t("notifications.latest")}
          className="z-50 flex max-h-[75dvh] w-96 max-w-[calc(100vw-1rem)] flex-col rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
            <h2 className="font-semibold">{t("notifications.title")}</h2>
            {items?.some((i) => !i.read) && (
              <button type="button" className="btn btn-ghost !px-2 text-sm" onClick={() => void markAll()}>
                {t("notifications.markAllRead")}
              </button>
            )}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto" aria-live="polite">
            {failed ? (
              <p className="px-3 py-4 text-sm text-red-700 dark:text-red-400">{t("notifications.loadFailed")}</p>
            ) : items === null ? (
              <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400">{t("notifications.loading")}</p>
            ) : items.length === 0 ? (
              <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400">{t("notifications.empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {items.map((item) => (
                  <li key={item.id} className={`flex gap-2 px-3 py-2 ${item.read ? "" : "bg-brand-50/60 dark:bg-slate-800/60"}`}>
                    <span aria-hidden className={`mt-1.5 size-2 shrink-0 rounded-full ${item.read ? "" : "bg-brand-600"}`} />
                    <div className="min-w-0 flex-1 text-sm">
                      {!item.read && <span className="sr-only">{t("notifications.unread")} : </span>}
                      {item.href ? (
                        <NotificationLink id={item.id} read={item.read} href={item.href} className="font-medium wrap-anywhere underline-offset-2 hover:underline" onOpen={() => setOpen(false)}>
                          {notificationSummary(t, item)}
                        </NotificationLink>
                      ) : (
                        <span className="font-medium wrap-anywhere">{notificationSummary(t, item)}</span>
                      )}
                      {item.excerpt && <p className="line-clamp-2 wrap-anywhere text-slate-700 dark:text-slate-300">{item.excerpt}</p>}
                      <p className="text-xs text-slate-600 dark:text-slate-400">
                        {t(`notifications.kinds.${item.kind}`)} · <time dateTime={item.createdAt}>{format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                      </p>
                    </div>
                    {!item.read && (
                      <button type="button" className="btn btn-ghost size-8 shrink-0 !p-0" aria-label={t("notifications.markReadNamed", { title: item.title })} title={t("notifications.markRead")} onClick={() => markOne(item.id)}>
                        <Check className="size-4" aria-hidden />
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <Link href="/notifications" className="block border-t border-slate-200 px-3 py-2 text-center text-sm font-medium text-brand-700 hover:underline dark:border-slate-700 dark:text-brand-100" onClick={() => setOpen(false)}>
            {t("notifications.seeAll")}
          </Link>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
