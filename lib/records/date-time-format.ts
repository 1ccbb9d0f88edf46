/**
 * « 30 août 2025, 6 h 00 » / "Aug 30, 2025, 6:00 AM" in `timeZone` (the request's: the user's zone). French
 * times follow Canadian usage (« 6 h 00 »), so French is formatted as fr-CA. Plain Intl (what next-intl's
 * formatter wraps), so that server-only code and scripts can use it without a React context.
 */
export function dateTimeFormatter(locale: string, timeZone: string): (instant: Date) => string {
  const key = `${locale} ${timeZone}`;
  const format = formats.get(key) ?? new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : locale, { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit", timeZone });
  formats.set(key, format);
  return (instant) => format.format(instant);
}

// Building an Intl formatter costs about as much as a list page's own query; a process meets few locale × zone pairs.
const formats = new Map<string, Intl.DateTimeFormat>();
