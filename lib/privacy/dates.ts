/** Today's calendar day in a time zone, ISO (YYYY-MM-DD). */
export const todayIn = (timeZone: string, now = new Date()) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** A day as the page writes it: « 30/08/2025 » in French, ISO in English (lib/records/date-text reads both). */
export const pageDay = (iso: string, locale: string) => (locale === "fr" ? iso.split("-").reverse().join("/") : iso);
