"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { issueFeedForm } from "@/lib/calendar/profile-actions";
import { useProgressiveActionForm } from "@/components/ui/use-action-form";

/** Creates or regenerates the feed address and shows it once (also without scripts: the page comes back with it). */
export function FeedIssueForm({ label, feedBase, permalink }: { label: string; feedBase: string; permalink: string }) {
  const t = useTranslations("calendar.feed");
  const { formAction, pending, result } = useProgressiveActionForm(issueFeedForm, permalink);
  const url = result?.ok ? `${feedBase}${result.data.token}` : null;
  const router = useRouter();
  // The section's « active since » line and button label are the server's: read them again (the address stays).
  useEffect(() => {
    if (url) router.refresh();
  }, [url, router]);
  return (
    <form action={formAction} className="space-y-2">
      {url && (
        <label className="flex flex-col gap-1 text-sm">
          {t("newUrl")}
          <input readOnly value={url} className="input font-mono text-xs" data-testid="feed-url" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {result && !result.ok && (
        <p className="alert-error" role="alert">
          {t("error")}
        </p>
      )}
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
