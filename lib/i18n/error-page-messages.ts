// Relative imports: next.config.ts loads this file before the "@/" alias exists.
import fr from "../../messages/fr.json";
import en from "../../messages/en.json";

/** messages' errorPage in both languages, as next.config.ts inlines it for app/global-error.tsx. */
export const ERROR_PAGE_MESSAGES = JSON.stringify({ fr: fr.errorPage, en: en.errorPage });
