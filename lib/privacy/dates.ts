
/** A day as the page writes it: « 30/08/2025 » in French, ISO in English (lib/records/date-text reads both). */
export const pageDay = (iso: string, locale: string) => (locale === "fr" ? iso.split("-").reverse().join("/") : iso);
