import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { canModule } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/records/list-params";
import { utcToWallTime } from "@/lib/records/wall-time";
import { timeZoneKey } from "@/lib/records/time-zones";
import { calendarHref, CALENDAR_VIEWS, MAX_CALENDARS, parseCalendarState, shiftDate, visibleRange } from "@/lib/calendar/range";
import { addableCalendars, calendarsFor } from "@/lib/calendar/sharing";
import { calendarItems } from "@/lib/calendar/items";
import { calendarMonthItems } from "@/lib/calendar/month";
import { personColour } from "@/lib/calendar/share-rules";
import { CalendarBoard } from "@/components/calendar/calendar-board";
import { CalendarSide } from "@/components/calendar/calendar-side";
import { AgendaList } from "@/components/calendar/agenda-list";
import { periodLabel } from "@/components/calendar/period-label";
import { ScreenMessages } from "@/components/ui/screen-messages";

const pill = (active: boolean) => `btn ${active ? "btn-primary" : "btn-secondary"} !px-3 !py-1 text-sm`;

/** « Calendrier »: the toolbar and the chosen calendars as plain links, the grid, the legend and the agenda list. */
export async function CalendarPage({ locale, searchParams }: { locale: string; searchParams: SearchParams }) {
  const user = await requireUser("record.read");
  const today = utcToWallTime(new Date(), user.timeZone).slice(0, 10);
  const state = parseCalendarState(searchParams, today);
  // « Ajouter » of the calendar chooser (a GET form): the address gets the person, then the canonical form.
  if (typeof searchParams.add === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(searchParams.add)) {
    redirect(`/${locale}${calendarHref(state, { users: [...new Set([...state.users, searchParams.add])].slice(0, MAX_CALENDARS) })}`);
  }
  const { allowed, refused } = await calendarsFor(user, state.users);
  const range = visibleRange(state.view, state.date, user.timeZone);
  // A month sends the first activities of each day and counts the rest (lib/calendar/month.ts).
  const month = state.view === "month" ? calendarMonthItems(user, allowed, range) : calendarItems(user, allowed, range).then((items) => ({ items, more: {} }));
  const [t, { items, more }, people, addable, canCreate] = await Promise.all([
    getTranslations("calendar"),
    month,
    db.user.findMany({ where: { id: { in: allowed.map((a) => a.ownerId) } }, select: { id: true, name: true } }),
    addableCalendars(user),
    canModule(user, "calls", "create"),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const owners = allowed.map((a, i) => ({ id: a.ownerId, name: a.ownerId === user.id ? t("mine") : (names.get(a.ownerId) ?? ""), colour: personColour(i), level: a.level }));
  const shown = { ...state, users: allowed.filter((a) => a.ownerId !== user.id).map((a) => a.ownerId) };
  const query = `${shown.users.length ? `&users=${shown.users.join(",")}` : ""}${shown.layout === "side" ? "&layout=side" : ""}`;
  const tz = await getTranslations("timeZones");

  return (
    <ScreenMessages>
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-lg" aria-live="polite">
            {periodLabel(state.view, state.date, locale)}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <nav aria-label={t("periodNav")} className="flex gap-1">
            <Link href={calendarHref(shown, { date: shiftDate(state.view, state.date, -1) })} className={pill(false)}>
              {t("previous")}
            </Link>
            <Link href={calendarHref(shown, { date: today })} className={pill(false)}>
              {t("today")}
            </Link>
            <Link href={calendarHref(shown, { date: shiftDate(state.view, state.date, 1) })} className={pill(false)}>
              {t("next")}
            </Link>
          </nav>
          <nav aria-label={t("viewsLabel")} className="flex gap-1">
            {CALENDAR_VIEWS.map((v) => (
              <Link key={v} href={calendarHref(shown, { view: v })} className={pill(state.view === v)} aria-current={state.view === v ? "page" : undefined}>
                {t(`views.${v}`)}
              </Link>
            ))}
          </nav>
          {owners.length > 1 && (
            <nav aria-label={t("layout")} className="flex gap-1">
              {(["combined", "side"] as const).map((l) => (
                <Link key={l} href={calendarHref(shown, { layout: l })} className={pill(state.layout === l)} aria-current={state.layout === l ? "page" : undefined}>
                  {t(`layouts.${l}`)}
                </Link>
              ))}
            </nav>
          )}
        </div>
        {refused.length > 0 && (
          <p className="alert-error" role="alert">
            {t("refused")}
          </p>
        )}
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("timeZone", { zone: tz(timeZoneKey(user.timeZone) as never) })}</p>
        {/* The legend and calendars column sits beside the grid only on wide screens: at 1280 px, between the menu and
            the right panel, it left the week seven 70 px columns whose day names were cut. */}
        {/* minmax(0, 1fr) below 2xl too: an auto column grew to the blocks' unwrapped text (a month of long subjects
            made the grid 2,400 px wide under the right panel). */}
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 2xl:grid-cols-[minmax(0,1fr)_14rem]">
          <div>
            {/* Phones get the agenda list; the grid needs a wider screen (and the agenda view is the list too). */}
            <div className={state.view === "agenda" ? "hidden" : "hidden sm:block"}>
              <CalendarBoard items={items} more={more} owners={owners} view={state.view} date={state.date} layout={state.layout} locale={locale} query={query} canCreate={canCreate} />
            </div>
            <div className={state.view === "agenda" ? "" : "sm:hidden"}>
              <AgendaList items={items} more={more} owners={owners} locale={locale} query={query} />
            </div>
          </div>
          <CalendarSide state={shown} owners={owners} addable={addable.filter((a) => !shown.users.includes(a.id))} anyShared={addable.length > 0} />
        </div>
      </div>
    </ScreenMessages>
  );
}
