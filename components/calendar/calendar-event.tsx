"use client";
import { useTranslations } from "next-intl";
import { BUSY_COLOUR, KIND_STYLE } from "@/components/calendar/kinds";
import type { BoardEvent } from "@/components/calendar/calendar-board";

/** One block: the kind's icon and word, the time, the subject and « Lié à »; busy-only blocks say « Occupé ». */
export function CalendarEvent({ event }: { event: BoardEvent }) {
  const t = useTranslations("calendar");
  const time = event.item.start.slice(11, 16);
  if (event.more) return <span className="text-xs font-semibold underline">{t("moreInDay", { count: event.more.count })}</span>;
  if (event.item.busy) {
    return (
      <span className="flex items-center gap-1 text-xs" style={{ color: "white" }}>
        <span>{time}</span> <span>{t("busy")}</span> <span className="truncate opacity-90">· {event.ownerName}</span>
      </span>
    );
  }
  const { Icon } = KIND_STYLE[event.item.module];
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-1 text-xs leading-tight" title={event.item.subject}>
      <Icon className="size-3 shrink-0" aria-hidden />
      <span className="sr-only">{t(`kinds.${event.item.module}`)}</span>
      <span>{time}</span>
      <span className="font-semibold">{event.item.subject}</span>
      {event.item.related && <span>· {event.item.related}</span>}
    </span>
  );
}

export const busyColour = BUSY_COLOUR;
