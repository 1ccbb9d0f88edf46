"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

const MAX_HOURS = 10_000;

/** Total minutes → hours and minutes as typed ("" stays empty). */
function split(value: string): { hours: string; minutes: string } {
  if (!/^\d+$/.test(value)) return { hours: "", minutes: "" };
  const total = Number(value);
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}

/**
 * The guide's « 0 h 15 m »: hours and minutes side by side, each labelled for screen readers inside a group named
 * by the field. The form posts one value, `name` = total minutes ("" when both are empty), which the server
 * bounds to 10,000 h; minutes past 59 carry over into hours.
 */
export function DurationInput({
  id,
  name,
  value,
  onChange,
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
  label: string;
  required?: boolean;
  autoFocus?: boolean;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("records");
  const [parts, setParts] = useState(() => split(value));
  const total = (p: { hours: string; minutes: string }) =>
    p.hours.trim() === "" && p.minutes.trim() === "" ? "" : String(Number(p.hours || 0) * 60 + Number(p.minutes || 0));
  // A value set from outside (a reloaded record) replaces what the boxes show.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (total(parts) !== value) setParts(split(value));
  }
  const change = (next: { hours: string; minutes: string }) => {
    setParts(next);
    const sum = /^\d*$/.test(next.hours) && /^\d*$/.test(next.minutes) ? total(next) : `${next.hours}:${next.minutes}`;
    setShown(sum);
    onChange(sum);
  };
  const box = "input w-24 text-right";
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className="flex items-center gap-2">
      <span id={`${id}-label`} className="sr-only">
        {label}
      </span>
      <input type="hidden" name={name} value={shown} />
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_HOURS}
        step={1}
        className={box}
        aria-label={t("durationHoursLabel")}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        autoFocus={autoFocus}
        value={parts.hours}
        onChange={(e) => change({ ...parts, hours: e.target.value })}
      />
      <span aria-hidden>{t("durationHoursUnit")}</span>
      <input
        id={`${id}-minutes`}
        type="number"
        inputMode="numeric"
        min={0}
        max={59}
        step={1}
        className={box}
        aria-label={t("durationMinutesLabel")}
        aria-invalid={invalid || undefined}
        value={parts.minutes}
        onChange={(e) => change({ ...parts, minutes: e.target.value })}
      />
      <span aria-hidden>{t("durationMinutesUnit")}</span>
    </div>
  );
}
