"use client";
import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { Link } from "@/lib/i18n/navigation";
import { NOTIFICATIONS_CHANGED } from "@/components/notifications/notification-link";
import { LazyPopup } from "@/components/ui/lazy-popup";

export type Unread = { count: number; capped: boolean };
export const BELL_TRIGGER = "btn btn-ghost !px-2";
const load = () => import("@/components/notifications/bell-popover").then((m) => m.BellPopover);
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

export function BellFace({ unread }: { unread: Unread }) {
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
 * the latest ones in a popover (its code and the notifications are loaded when first opened, so pages do not
 * carry them).
 */
export function BellMenu({ initial }: { initial: Unread }) {
  const [unread, setUnread] = useUnreadCount(initial);
  // False on the server and while hydrating (the link), true once scripts run (the popover).
  const scripted = useSyncExternalStore(noop, () => true, () => false);
  if (!scripted)
    return (
      <Link href="/notifications" className={BELL_TRIGGER} prefetch={false}>
        <BellFace unread={unread} />
      </Link>
    );
  return (
    <LazyPopup load={load} props={{ unread, setUnread }} haspopup="dialog" className={BELL_TRIGGER} testId="bell">
      <BellFace unread={unread} />
    </LazyPopup>
  );
}
