import { unreadCount } from "@/lib/notifications/queries";
import { BellMenu } from "@/components/notifications/bell-menu";

/** The top bar's bell: the unread count read on the server, so it shows before scripts load. */
export async function NotificationBell({ userId }: { userId: string }) {
  return <BellMenu initial={await unreadCount(userId)} />;
}
