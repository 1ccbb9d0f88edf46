// use-intl/core: the same translator without React, so scripts (seed, bench) can load the save flow too.
import { createTranslator } from "use-intl/core";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";

/** Translations outside a page request (emails, jobs): the locale is the recipient's, not the request's. */
export function translatorFor(locale: string) {
  return createTranslator({ locale: locale === "en" ? "en" : "fr", messages: locale === "en" ? en : fr });
}
