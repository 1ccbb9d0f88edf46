import { getRequestConfig } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { loadMessages } from "@/lib/i18n/messages";
import { getSettings } from "@/lib/settings";
import { getCurrentUser } from "@/lib/auth/current-user";

/** The signed-in user's zone, else the organisation's (sign-in pages, or outside a request). */
async function requestTimeZone(): Promise<string> {
  try {
    const user = await getCurrentUser();
    if (user) return user.timeZone;
  } catch {
    // No request to read a session from (static rendering): the organisation's zone is right there.
  }
  return (await getSettings()).timeZone;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const timeZone = await requestTimeZone();
  return { locale, timeZone, now: new Date(), messages: loadMessages(locale) };
});
