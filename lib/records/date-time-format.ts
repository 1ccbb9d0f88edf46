/**
 * « 30 août 2025, 6 h 00 » / "Aug 30, 2025, 6:00 AM" in `timeZone` (the request's: the user's zone). French
 * times follow Canadian usage (« 6 h 00 »), so French is formatted as fr-CA. Plain Intl (what next-intl's
 * formatter wraps), so that server-only code and scripts can use it without a React context.
 */
export function dateTimeFormatter(locale: string, timeZone: string): (instant: Date) => string {
  const format = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : locale, { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit", timeZone });
  return (instant) => format.format(instant);
}
