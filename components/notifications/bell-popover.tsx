"use client";
import * as Popover from "@radix-ui/react-popover";
import { Check } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { loadBell, markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/actions";
import type { NotificationItem } from "@/lib/notifications/queries";
import { notificationSummary } from "@/components/notifications/summary";
import { NotificationLink } from "@/components/notifications/notification-link";
import { BELL_TRIGGER, BellFace, type Unread } from "@/components/notifications/bell-menu";

/** The bell's popover, loaded on first use (bell-menu.tsx draws the bell and keeps its count until then). */
export function BellPopover({ unread, setUnread, defaultOpen }: { unread: Unread; setUnread: React.Dispatch<React.SetStateAction<Unread>>; defaultOpen?: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const [open, setOpen] = useState(!!defaultOpen);
  const [items, setItems] = useState<NotificationItem[] | null>(null);
  const [failed, setFailed] = useState(false);

  const show = useCallback(
    (result: Awaited<ReturnType<typeof loadBell>>) => {
      if (!result.ok) return setFailed(true);
      setItems(result.data.items);
      setUnread(result.data.unread);
    },
    [setUnread],
  );

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

  // Opened by the first click, which loaded this code: the latest are read now.
  useEffect(() => {
    if (defaultOpen) void loadBell({}).then(show);
  }, [defaultOpen, show]);

  return (
    <Popover.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) return;
        setFailed(false);
        void loadBell({}).then(show);
      }}
    >
      <Popover.Trigger className={BELL_TRIGGER} data-testid="bell">
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
