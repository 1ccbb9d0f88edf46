import { format } from "date-fns";
import { enCA, frCA } from "date-fns/locale";
import { visibleDays, type CalendarView } from "@/lib/calendar/range";
import { wallToLocal } from "@/components/calendar/wall-dates";

/** « novembre 2026 », « 23 – 29 nov. 2026 », « dimanche 29 novembre 2026 » in the page's language. */
export function periodLabel(view: CalendarView, date: string, locale: string): string {
  const l = { locale: locale === "en" ? enCA : frCA };
  const day = wallToLocal(`${date}T00:00`);
  if (view === "day") return format(day, locale === "en" ? "EEEE, MMMM d, yyyy" : "EEEE d MMMM yyyy", l);
  if (view === "month") return format(day, "MMMM yyyy", l);
  const { first, end } = visibleDays(view, date);
  const last = new Date(wallToLocal(`${end}T00:00`).getTime() - 12 * 3_600_000);
  return `${format(wallToLocal(`${first}T00:00`), locale === "en" ? "MMM d" : "d MMM", l)} – ${format(last, locale === "en" ? "MMM d, yyyy" : "d MMM yyyy", l)}`;
}
