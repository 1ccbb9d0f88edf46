"use client";
import { useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import * as Popover from "@radix-ui/react-popover";
import { DayPicker } from "react-day-picker";
import { enUS, fr } from "react-day-picker/locale";
import { CalendarDays } from "lucide-react";
import { dateFromText, dateTimeFromText, dateTimeToText, dateToText } from "@/lib/records/date-text";

// A picked day on a date-time field with no time typed yet gets the start of a working day, not midnight.
const DEFAULT_TIME = "09:00";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** "YYYY-MM-DD…" → a local Date at noon (DayPicker works on local days; noon keeps DST from moving the day). */
function dayOf(iso: string): Date | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * A date (or date-time) typed in the page's format — « 30/08/2025 » in French, « 2025-08-30 » in English —
 * whatever language the browser itself is set to, which `<input type="date">` would follow. It is a plain text
 * input named `name`, so a form posted before scripts load still sends what was typed (the server reads both
 * formats); the calendar button beside it opens an accessible month grid (arrow keys move, Enter picks, Escape
 * closes). `onChange` receives ISO ("YYYY-MM-DD" / "YYYY-MM-DDTHH:mm") once the text reads as a date, else the
 * text as typed, which the server then refuses with a message.
 */
export function DateInput({
  id,
  name,
  value,
  onChange,
  withTime,
  label,
  required,
  autoFocus,
  describedBy,
  invalid,
}: {
  id: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  withTime?: boolean;
  /** The field's label, for the calendar button's name. */
  label: string;
  required?: boolean;
  autoFocus?: boolean;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("records");
  const locale = useLocale();
  const toText = (v: string) => (withTime ? dateTimeToText(v, locale) : dateToText(v, locale));
  const fromText = (v: string) => (withTime ? dateTimeFromText(v) : dateFromText(v));
  const [text, setText] = useState(() => toText(value));
  // The value changed from outside (a reloaded record): show it, unless it is what the text already says.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (fromText(text) !== value) setText(toText(value));
  }
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const type = (next: string) => {
    setText(next);
    const canonical = fromText(next);
    setShown(canonical);
    onChange(canonical);
  };

  const selected = dayOf(fromText(text));
  const pick = (day: Date | undefined) => {
    if (!day) return;
    const time = withTime ? (/T(\d{2}:\d{2})$/.exec(fromText(text))?.[1] ?? DEFAULT_TIME) : null;
    type(toText(time ? `${isoOf(day)}T${time}` : isoOf(day)));
    setOpen(false);
  };

  return (
    <div className="flex items-center gap-1">
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="input"
        placeholder={withTime ? t("dateTimePlaceholder") : t("datePlaceholder")}
        maxLength={withTime ? 20 : 12}
        required={required}
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => type(e.target.value)}
      />
      <Popover.Root open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          <button type="button" className="btn btn-secondary shrink-0 !px-2 py-1.5" aria-label={t("chooseDate", { field: label })} title={t("chooseDate", { field: label })}>
            <CalendarDays className="size-4" aria-hidden />
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            align="end"
            sideOffset={4}
            className="z-50 rounded-md border border-slate-200 bg-white p-2 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
            // Back to the text once a day is picked or the calendar is closed: that is where typing goes on.
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              inputRef.current?.focus();
            }}
            // Enter picks a day; it must not also submit the form (or save an inline edit) behind the calendar.
            onKeyDown={(e) => e.stopPropagation()}
          >
            <DayPicker
              mode="single"
              autoFocus
              locale={locale === "fr" ? fr : enUS}
              selected={selected}
              defaultMonth={selected}
              onSelect={pick}
              captionLayout="dropdown"
              startMonth={new Date(1900, 0)}
              endMonth={new Date(new Date().getFullYear() + 20, 11)}
              classNames={{
                root: "rdp-root",
                months: "relative",
                month_caption: "flex h-9 items-center justify-center font-medium",
                dropdowns: "flex gap-1",
                caption_label: "hidden",
                dropdown: "rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800",
                nav: "absolute inset-x-0 top-0 flex h-9 items-center justify-between",
                button_previous: "btn btn-ghost !p-1",
                button_next: "btn btn-ghost !p-1",
                chevron: "size-4 fill-current",
                weekday: "size-9 text-xs font-normal text-slate-500 dark:text-slate-400",
                day: "size-9 p-0 text-center",
                day_button:
                  "size-9 rounded-md hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 dark:hover:bg-slate-800",
                selected: "[&>button]:bg-brand-600 [&>button]:text-white",
                today: "font-semibold text-brand-700 dark:text-brand-100",
                outside: "text-slate-400 dark:text-slate-500",
                disabled: "opacity-50",
                hidden: "invisible",
              }}
            />
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </div>
  );
}
