import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CalendarItem } from "@/lib/calendar/items";
import { BUSY_COLOUR, KIND_STYLE } from "@/components/calendar/kinds";
import { wallToLocal } from "@/components/calendar/wall-dates";

/** The agenda: the period's items day by day, as links (phones, and the « Agenda » view; no script needed). */
type Props = {
  items: CalendarItem[];
  /** Month view: per day, the blocks the server left out; the day then ends with a link to its own view. */
  more?: Record<string, number>;
  owners: { id: string; name: string; colour: string }[];
  locale: string;
  /** The calendars shown, as calendar-page writes them ("&users=…"), kept by the day's link. */
  query?: string;
};

export async function AgendaList({ items, more = {}, owners, locale, query = "" }: Props) {
  const t = await getTranslations("calendar");
  const owner = new Map(owners.map((o) => [o.id, o]));
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) days.set(item.start.slice(0, 10), [...(days.get(item.start.slice(0, 10)) ?? []), item]);
  const dayLabel = new Intl.DateTimeFormat(locale === "en" ? "en-CA" : "fr-CA", { weekday: "long", day: "numeric", month: "long" });
  if (days.size === 0) return <p className="card text-sm text-slate-600 dark:text-slate-400">{t("noItems")}</p>;
  return (
    <div className="space-y-3" data-testid="agenda-list">
      {[...days].map(([day, list]) => (
        <section key={day} className="card space-y-1">
          <h2 className="font-semibold first-letter:uppercase">{dayLabel.format(wallToLocal(`${day}T00:00`))}</h2>
          <ul className="divide-y divide-slate-200 dark:divide-slate-700">
            {list.map((item) => {
              const who = owner.get(item.ownerId);
              const time = `${item.start.slice(11, 16)} – ${item.end.slice(11, 16)}`;
              if (item.busy) {
                return (
                  <li key={item.key} className="flex items-center gap-2 py-2 text-sm" style={{ borderLeft: `4px solid ${who?.colour ?? BUSY_COLOUR}`, paddingLeft: 8 }}>
                    <span className="tabular-nums">{time}</span> <span>{t("busy")}</span> <span className="text-slate-600 dark:text-slate-400">· {who?.name}</span>
                  </li>
                );
              }
              const { Icon, colour } = KIND_STYLE[item.module];
              return (
                <li key={item.key} className="py-2 text-sm" style={{ borderLeft: `4px solid ${who?.colour ?? colour}`, paddingLeft: 8 }}>
                  <Link href={`/${item.module}/${item.id}`} className="flex flex-wrap items-center gap-x-2 hover:underline">
                    <Icon className="size-4" style={{ color: colour }} aria-hidden />
                    <span className="tabular-nums">{time}</span>
                    <span className="text-slate-600 dark:text-slate-400">{t(`kinds.${item.module}`)}</span>
                    <span className="font-medium">{item.subject}</span>
                    {item.related && <span className="text-slate-600 dark:text-slate-400">{t("related", { name: item.related })}</span>}
                    {owners.length > 1 && <span className="text-slate-600 dark:text-slate-400">· {who?.name}</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
          {more[day] > 0 && (
            <Link href={`/calendar?view=day&date=${day}${query}`} className="inline-block py-1 text-sm font-semibold text-brand-700 hover:underline dark:text-brand-100">
              {t("moreInDay", { count: more[day] })}
            </Link>
          )}
        </section>
      ))}
    </div>
  );
}
