"use client";
import "react-big-calendar/lib/css/react-big-calendar.css";
import "react-big-calendar/lib/addons/dragAndDrop/styles.css";
import "@/components/calendar/calendar.css";
import { Calendar, dateFnsLocalizer, type View } from "react-big-calendar/lib/index";
import withDragAndDrop, { type EventInteractionArgs } from "react-big-calendar/lib/addons/dragAndDrop";
import { format, getDay, parse, startOfWeek } from "date-fns";
import { enCA, frCA } from "date-fns/locale";
import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import type { CalendarItem } from "@/lib/calendar/items";
import { WEEK_STARTS_ON, type CalendarLayout, type CalendarView } from "@/lib/calendar/range";
import { moveCalendarItem } from "@/lib/calendar/move-action";
import { BUSY_COLOUR, KIND_STYLE } from "@/components/calendar/kinds";
import { localToDay, localToWall, wallToLocal } from "@/components/calendar/wall-dates";
import { CalendarEvent } from "@/components/calendar/calendar-event";
import { SlotMenu, type Slot } from "@/components/calendar/slot-menu";
import { AccessibleDay, AccessibleWeek, PlainHeader } from "@/components/calendar/accessible-views";

export type BoardOwner = { id: string; name: string; colour: string };
/** `more`: the end of a month day the server cut short (lib/calendar/month.ts): « +N » more, which opens the day. */
export type BoardEvent = { item: CalendarItem; start: Date; end: Date; resourceId: string; ownerName: string; colour: string; more?: { day: string; count: number } };

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: WEEK_STARTS_ON }),
  getDay,
  locales: { fr: frCA, en: enCA },
});
const DnDCalendar = withDragAndDrop<BoardEvent, BoardOwner>(Calendar);
const VIEWS = { day: AccessibleDay, week: AccessibleWeek, month: true, agenda: true } as unknown as View[];
const COMPONENTS = { event: CalendarEvent, day: { header: PlainHeader }, week: { header: PlainHeader } };

type Props = {
  items: CalendarItem[];
  /** Month view: per day, the blocks the server left out. */
  more?: Record<string, number>;
  owners: BoardOwner[];
  view: CalendarView;
  date: string;
  layout: CalendarLayout;
  locale: string;
  /** The rest of the page's address ("&users=…&layout=side"): a new view or day keeps the calendars shown. */
  query: string;
  canCreate: boolean;
};

/**
 * The calendar grid (react-big-calendar): day, week, month and agenda. Navigation goes through the page's address;
 * dragging an item (or resizing a meeting) saves it with its version and puts it back when the save is refused.
 */
export function CalendarBoard({ items, more, owners, view, date, layout, locale, query, canCreate }: Props) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const owner = useMemo(() => new Map(owners.map((o) => [o.id, o])), [owners]);
  const [events, setEvents] = useState<BoardEvent[]>(() => [...toEvents(items, owner, layout), ...moreEvents(more)]);
  const [source, setSource] = useState(items);
  if (source !== items) {
    setSource(items);
    setEvents([...toEvents(items, owner, layout), ...moreEvents(more)]);
  }

  async function move({ event, start, end }: EventInteractionArgs<BoardEvent>, resized: boolean) {
    const item = event.item;
    if (item.busy) return;
    const [from, to] = [new Date(start), new Date(end)];
    const keep = events;
    setEvents((list) => list.map((e) => (e.item.busy || e.item.id !== item.id ? e : { ...e, start: from, end: to })));
    const result = await moveCalendarItem({
      module: item.module,
      id: item.id,
      version: item.version,
      start: localToWall(from),
      end: item.module === "meetings" && (resized || item.end) ? localToWall(to) : null,
    });
    if (!result.ok) {
      setEvents(keep);
      setMessage({ kind: "error", text: result.error === "records.conflict" ? t("conflict") : t("moveRefused") });
      return;
    }
    const version = result.data.version;
    setEvents((list) => list.map((e) => (e.item.busy || e.item.id !== item.id ? e : { ...e, item: { ...e.item, version, start: localToWall(from), end: localToWall(to) } })));
    setMessage({ kind: "ok", text: t("moved") });
    startTransition(() => router.refresh());
  }

  const go = (v: string, day: string) => router.push(`/calendar?view=${v}&date=${day}${query}`);
  const open = (e: BoardEvent) => {
    if (e.more) go("day", e.more.day);
    else if (!e.item.busy) router.push(`/${e.item.module}/${e.item.id}`);
  };

  return (
    <div className="space-y-2">
      <p role={message?.kind === "error" ? "alert" : "status"} className={message ? (message.kind === "error" ? "alert-error" : "alert-success") : "sr-only"}>
        {message?.text}
      </p>
      <div className="calendar-board h-[75vh] min-h-[32rem]">
        <DnDCalendar
          localizer={localizer}
          culture={locale}
          events={events}
          view={view as View}
          views={VIEWS}
          date={wallToLocal(`${date}T00:00`)}
          onView={(v) => go(v, date)}
          onNavigate={(d, v) => go(v, localToDay(d))}
          toolbar={false}
          scrollToTime={new Date(1970, 0, 1, 7)}
          step={30}
          timeslots={2}
          popup
          selectable={canCreate}
          onSelectSlot={(s) => setSlot({ start: localToWall(s.start), end: localToWall(s.end) })}
          onSelectEvent={open}
          onKeyPressEvent={(e, ev) => (ev as unknown as KeyboardEvent).key === "Enter" && open(e)}
          draggableAccessor={(e) => !e.more && !e.item.busy && e.item.canMove}
          resizableAccessor={(e) => !e.more && !e.item.busy && e.item.module === "meetings" && e.item.canMove}
          onEventDrop={(args) => void move(args, false)}
          onEventResize={(args) => void move(args, true)}
          resources={layout === "side" && view !== "month" ? owners : undefined}
          resourceIdAccessor={(o) => o.id}
          resourceTitleAccessor={(o) => o.name}
          eventPropGetter={(e) => e.more ? { className: "calendar-more" } : ({
            className: e.item.busy ? "calendar-busy" : `calendar-${e.item.module}`,
            style: { backgroundColor: e.item.busy ? BUSY_COLOUR : KIND_STYLE[e.item.module].colour, borderLeft: `6px solid ${e.colour}`, color: "white" },
          })}
          components={COMPONENTS}
          messages={{
            allDay: t("allDay"),
            date: t("date"),
            time: t("time"),
            event: t("event"),
            noEventsInRange: t("noItems"),
            today: t("today"),
            previous: t("previous"),
            next: t("next"),
            day: t("views.day"),
            week: t("views.week"),
            month: t("views.month"),
            agenda: t("views.agenda"),
            // The day's hidden blocks: those the grid had no room for, plus those the server left out (its « +N » block
            // counts for them when hidden itself).
            showMore: (count: number, remaining?: BoardEvent[]) => {
              const cut = remaining?.find((e) => e.more)?.more?.count ?? 0;
              return t("showMore", { count: cut ? count - 1 + cut : count });
            },
            // Read by the accessible day and week grid (components/calendar/accessible-views.ts) as the hours box's name.
            ...({ hoursRegion: t("hoursRegion") } as object),
          }}
        />
      </div>
      {slot && <SlotMenu slot={slot} onClose={() => setSlot(null)} />}
    </div>
  );
}

/** One « +N » block at the end of each day the server cut short. */
function moreEvents(more: Record<string, number> | undefined): BoardEvent[] {
  return Object.entries(more ?? {}).map(([day, count]) => ({
    item: { key: `more:${day}`, ownerId: "", start: `${day}T23:58`, end: `${day}T23:59`, busy: true },
    start: wallToLocal(`${day}T23:58`),
    end: wallToLocal(`${day}T23:59`),
    resourceId: "",
    ownerName: "",
    colour: BUSY_COLOUR,
    more: { day, count },
  }));
}

/** Side by side, an activity shows in each person's column; combined, once, in the first shown person's colour. */
function toEvents(items: CalendarItem[], owner: Map<string, BoardOwner>, layout: CalendarLayout): BoardEvent[] {
  const seen = new Set<string>();
  const out: BoardEvent[] = [];
  for (const item of items) {
    if (layout === "combined" && !item.busy) {
      const key = `${item.module}:${item.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const o = owner.get(item.ownerId);
    out.push({ item, start: wallToLocal(item.start), end: wallToLocal(item.end), resourceId: item.ownerId, ownerName: o?.name ?? "", colour: o?.colour ?? BUSY_COLOUR });
  }
  return out;
}
