import { createFormatter } from "next-intl";

/**
 * « 30 août 2025, 6 h 00 » / "Aug 30, 2025, 6:00 AM" in `timeZone` (the request's: the user's zone). French
 * times follow Canadian usage (« 6 h 00 »), so French is formatted as fr-CA.
 */
export function dateTimeFormatter(locale: string, timeZone: string): (instant: Date) => string {
  const format = createFormatter({ locale: locale === "fr" ? "fr-CA" : locale, timeZone });
  return (instant) => format.dateTime(instant, { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" });
}
