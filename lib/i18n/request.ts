import { getRequestConfig } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { loadMessages } from "@/lib/i18n/messages";
import { getSettings } from "@/lib/settings";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const { timeZone } = await getSettings();
  return { locale, timeZone, now: new Date(), messages: loadMessages(locale) };
});
