import { getTranslations } from "next-intl/server";
import { buildFeed } from "@/lib/calendar/feed";
import { feedOwner, hashFeedToken } from "@/lib/calendar/feed-token";
import { takeFeedRequest } from "@/lib/calendar/feed-rate";
import { getSettings } from "@/lib/settings";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * A personal iCalendar feed: no session (calendar applications have none), the secret token in the address is the
 * key. A malformed, unknown or revoked token, or a deactivated user, is a 404 like any missing page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  if (token.length > 64) return notFound();
  if (!takeFeedRequest(hashFeedToken(token))) return new Response("Too many requests", { status: 429, headers: { "Retry-After": "600" } });
  const full = await feedOwner(token);
  if (!full) return notFound();
  const locale = full.locale === "en" ? "en" : "fr";
  const t = await getTranslations({ locale, namespace: "calendar" });
  const body = await buildFeed(
    { id: full.id, name: full.name, role: full.role, timeZone: full.timeZone ?? (await getSettings()).timeZone },
    {
      calendarName: t("feed.name", { name: full.name }),
      summary: (module, subject) => t("feed.summary", { kind: t(`kinds.${module}`), subject }),
      related: (name) => t("feed.related", { name }),
    },
  );
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "Content-Disposition": 'inline; filename="calendar.ics"' },
  });
}
