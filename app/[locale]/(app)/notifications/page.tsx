import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { markAllReadForm, markReadForm } from "@/lib/notifications/actions";
import { notificationPage, type NotificationOrder } from "@/lib/notifications/queries";
import { notificationSummary } from "@/components/notifications/summary";
import { NotificationLink } from "@/components/notifications/notification-link";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

type Search = { order?: string | string[]; cursor?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : null);

/** Every notification of the signed-in user, a keyset page at a time; forms post without scripts. */
export default async function NotificationsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser();
  const search = await searchParams;
  const order: NotificationOrder = one(search.order) === "newest" ? "newest" : "unread";
  const cursor = one(search.cursor);
  const [t, format, page] = await Promise.all([getTranslations(), getFormatter(), notificationPage(user.id, order, cursor)]);
  const orderQuery = order === "newest" ? { order } : {};
  const hasUnread = page.items.some((i) => !i.read);
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("notifications.title")}</h1>
        <form action={markAllReadForm}>
          <input type="hidden" name="order" value={order} />
          <button type="submit" className="btn btn-secondary">
            {t("notifications.markAllRead")}
          </button>
        </form>
      </div>
      <nav aria-label={t("notifications.orderLabel")} className="flex gap-1 text-sm">
        {(["unread", "newest"] as const).map((o) => (
          <Link
            key={o}
            href={{ pathname: "/notifications", query: o === "newest" ? { order: o } : {} }}
            aria-current={o === order ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${o === order ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"}`}
          >
            {t(o === "unread" ? "notifications.orderUnread" : "notifications.orderNewest")}
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? (
        <p className="card text-sm text-slate-600 dark:text-slate-400">{t("notifications.empty")}</p>
      ) : (
        <ul className="card divide-y divide-slate-200 !p-0 dark:divide-slate-700" data-has-unread={hasUnread || undefined}>
          {page.items.map((item) => (
            <li key={item.id} data-testid="notification" data-read={item.read} className={`flex flex-wrap items-start gap-3 px-4 py-3 ${item.read ? "" : "bg-brand-50/60 dark:bg-slate-800/60"}`}>
              <span aria-hidden className={`mt-2 size-2 shrink-0 rounded-full ${item.read ? "" : "bg-brand-600"}`} />
              <div className="min-w-0 flex-1">
                {!item.read && <span className="sr-only">{t("notifications.unread")} : </span>}
                {item.href ? (
                  <NotificationLink id={item.id} read={item.read} href={item.href} className="font-medium wrap-anywhere text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                    {notificationSummary(t as never, item)}
                  </NotificationLink>
                ) : (
                  <span className="font-medium wrap-anywhere">{notificationSummary(t as never, item)}</span>
                )}
                {item.excerpt && <p className="mt-0.5 wrap-anywhere whitespace-pre-line text-sm text-slate-700 dark:text-slate-300">{item.excerpt}</p>}
                <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                  {t(`notifications.kinds.${item.kind}`)} · <time dateTime={item.createdAt}>{format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
                </p>
              </div>
              {!item.read && (
                <form action={markReadForm}>
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="order" value={order} />
                  <button type="submit" className="btn btn-ghost text-sm" aria-label={t("notifications.markReadNamed", { title: item.title })}>
                    {t("notifications.markRead")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3 text-sm">
        {cursor && (
          <Link href={{ pathname: "/notifications", query: orderQuery }} className="btn btn-secondary">
            {t("notifications.backToStart")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={{ pathname: "/notifications", query: { ...orderQuery, cursor: page.nextCursor } }} className="btn btn-secondary">
            {t("notifications.older")}
          </Link>
        )}
      </div>
    </div>
  );
}
