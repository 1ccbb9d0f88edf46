import "server-only";
import { getTranslations } from "next-intl/server";

export type KioskLocale = "fr" | "en";
export type Pair = { primary: string; secondary: string };

/** The kiosk's words in the page's language and in the other one, for the bilingual labels. */
export async function kioskText(locale: KioskLocale) {
  const other: KioskLocale = locale === "fr" ? "en" : "fr";
  const [t, o] = await Promise.all([getTranslations({ locale, namespace: "kiosk" }), getTranslations({ locale: other, namespace: "kiosk" })]);
  const pair = (key: string): Pair => ({ primary: t(key as never), secondary: o(key as never) });
  return { t, other, pair };
}
