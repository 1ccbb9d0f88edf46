import { createTranslator } from "next-intl";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";

/** Translations outside a page request (emails, jobs): the locale is the recipient's, not the request's. */
export function translatorFor(locale: string) {
  return createTranslator({ locale: locale === "en" ? "en" : "fr", messages: locale === "en" ? en : fr });
}
