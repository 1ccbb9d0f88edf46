// Dates as the page writes them, whatever the browser's own language: « 30/08/2025 » on French pages,
// « 2025-08-30 » on English ones (never mm/dd, which a reader cannot tell from dd/mm). The server accepts both
// shapes from any page, so a form posted before its scripts loaded (a plain text input) still saves.

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const FR_DAY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

const pad = (n: string | number) => String(n).padStart(2, "0");

/** "30/08/2025", "2025-8-30" → "2025-08-30"; anything else is returned unchanged (the schema then refuses it). */
export function dateFromText(text: string): string {
  const v = text.trim();
  const iso = ISO_DAY.exec(v);
  if (iso) return `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}`;
  const fr = FR_DAY.exec(v);
  if (fr) return `${fr[3]}-${pad(fr[2])}-${pad(fr[1])}`;
  return text;
}

/** "30/08/2025 6:00", "2025-08-30T06:00", "30/08/2025 6 h 00" → "2025-08-30T06:00"; else unchanged. */
export function dateTimeFromText(text: string): string {
  const m = /^(\S+?)(?:T|\s+)(\d{1,2})(?::|\s?h\s?)(\d{2})$/i.exec(text.trim());
  if (!m) return text;
  const date = dateFromText(m[1]);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T${pad(m[2])}:${m[3]}` : text;
}

/** Stored "YYYY-MM-DD" → the page's format. */
export function dateToText(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return locale === "fr" ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** Wall time "YYYY-MM-DDTHH:mm" → the page's format ("30/08/2025 06:00"). */
export function dateTimeToText(wall: string, locale: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(wall);
  return m ? `${dateToText(m[1], locale)} ${m[2]}` : wall;
}
