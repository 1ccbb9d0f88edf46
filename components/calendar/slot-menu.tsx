"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { KIND_STYLE } from "@/components/calendar/kinds";
import { wallToLocal } from "@/components/calendar/wall-dates";

export type Slot = { start: string; end: string };

/**
 * An empty slot clicked or selected: plan a call or a meeting, or create a task, at that time. Each opens the
 * module's own « new » form with the time filled in (`?startAt=` / `?endAt=` / `?dueAt=`).
 */
export function SlotMenu({ slot, onClose }: { slot: Slot; onClose: () => void }) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const when = new Intl.DateTimeFormat(locale === "en" ? "en-CA" : "fr-CA", { dateStyle: "full", timeStyle: "short" }).format(wallToLocal(slot.start));
  const links = [
    { href: `/calls/new?startAt=${slot.start}`, label: t("planCall"), kind: "calls" as const },
    { href: `/meetings/new?startAt=${slot.start}&endAt=${slot.end}`, label: t("planMeeting"), kind: "meetings" as const },
    { href: `/tasks/new?dueAt=${slot.start}`, label: t("createTask"), kind: "tasks" as const },
  ];
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/30" />
        <Dialog.Content aria-describedby={undefined} className="fixed top-1/2 left-1/2 z-50 w-[min(22rem,92vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="font-semibold">{t("slotTitle", { when })}</Dialog.Title>
          <ul className="mt-3 space-y-1">
            {links.map(({ href, label, kind }) => {
              const { Icon, colour } = KIND_STYLE[kind];
              return (
                <li key={kind}>
                  <Link href={href} className="flex items-center gap-2 rounded-md px-2 py-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                    <Icon className="size-4" style={{ color: colour }} aria-hidden /> {label}
                  </Link>
                </li>
              );
            })}
          </ul>
          <div className="mt-3 flex justify-end">
            <Dialog.Close className="btn btn-secondary">{t("close")}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
