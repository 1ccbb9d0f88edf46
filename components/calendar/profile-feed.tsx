import { getFormatter, getTranslations } from "next-intl/server";
import { hasFeedToken } from "@/lib/calendar/feed-token";
import { revokeFeedForm } from "@/lib/calendar/profile-actions";
import { FeedIssueForm } from "@/components/calendar/feed-issue-form";

/** « Mon profil » › the iCalendar subscription address: create or regenerate (shown once), revoke. */
export async function ProfileFeed({ userId, status, appUrl, locale }: { userId: string; status: string | null; appUrl: string; locale: string }) {
  const [t, format, since] = await Promise.all([getTranslations("calendar.feed"), getFormatter(), hasFeedToken(userId)]);
  return (
    <section id="calendar-feed" className="card space-y-3" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title" className="font-semibold">
        {t("title")}
      </h2>
      {status === "revoked" && (
        <p className="alert-success" role="status">
          {t("revoked")}
        </p>
      )}
      {status === "error" && (
        <p className="alert-error" role="alert">
          {t("error")}
        </p>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <p className="text-sm">{since ? t("active", { date: format.dateTime(since, { dateStyle: "long", timeStyle: "short" }) }) : t("none")}</p>
      <div className="flex flex-wrap items-start gap-2">
        <FeedIssueForm label={since ? t("regenerate") : t("create")} feedBase={`${appUrl}/api/calendar/feed/`} permalink={`/${locale}/profile#calendar-feed`} />
        {since && (
          <form action={revokeFeedForm}>
            <button type="submit" className="btn btn-danger">
              {t("revoke")}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
