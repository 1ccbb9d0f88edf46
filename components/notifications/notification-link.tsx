"use client";
import { Link } from "@/lib/i18n/navigation";
import { markNotificationRead } from "@/lib/notifications/actions";

/** The bell listens for this to read its count again. */
export const NOTIFICATIONS_CHANGED = "crm:notifications-changed";

/** Opening a notification's record marks it read (with scripts; without, the « Marquer comme lue » button does). */
export function NotificationLink({ id, read, href, className, onOpen, children }: { id: string; read: boolean; href: string; className?: string; onOpen?: () => void; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className={className}
      onClick={() => {
        onOpen?.();
        if (!read) void markNotificationRead({ id }).then(() => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED)));
      }}
    >
      {children}
    </Link>
  );
}
