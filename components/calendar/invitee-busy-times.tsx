"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { dateTimeFromText } from "@/lib/records/date-text";

type Person = { id: string; name: string; busy: { start: string; end: string }[] };

/** The meeting form's fields this panel follows: the start, « Assigné à » and the ticked invitees. */
function chosen(form: HTMLFormElement | null) {
  if (!form) return { day: null, users: [] as string[] };
  const start = form.querySelector<HTMLInputElement>("#record-startAt")?.value ?? "";
  const day = /^(\d{4}-\d{2}-\d{2})T/.exec(dateTimeFromText(start))?.[1] ?? null;
  const assignee = form.querySelector<HTMLSelectElement>('select[name="assignedUserId"]')?.value;
  const invitees = [...form.querySelectorAll<HTMLInputElement>('input[name="invitees[]"]:checked')].map((i) => i.value);
  return { day, users: [...new Set([...(assignee ? [assignee] : []), ...invitees])] };
}

/**
 * « Disponibilités des invités » beside the meeting form: when the assignee and each invitee are already taken on
 * the chosen day, re-read as the start or the invitees change (times only, never subjects).
 */
export function InviteeBusyTimes() {
  const t = useTranslations("calendar.busyTimes");
  const locale = useLocale();
  const dayText = (day: string) => new Intl.DateTimeFormat(locale === "en" ? "en-CA" : "fr-CA", { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
  const [state, setState] = useState<{ day: string | null; people: Person[] }>({ day: null, people: [] });

  useEffect(() => {
    const form = document.querySelector<HTMLFormElement>("form:has(#record-startAt)");
    let timer: ReturnType<typeof setTimeout> | undefined;
    let asked = "";
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const { day, users } = chosen(form);
        const key = `${day}|${users.join(",")}`;
        if (key === asked) return;
        asked = key;
        if (!day || users.length === 0) return setState({ day, people: [] });
        const response = await fetch(`/api/calendar/busy?date=${day}&users=${users.join(",")}`);
        if (response.ok && asked === key) setState({ day, people: ((await response.json()) as { people: Person[] }).people });
      }, 300);
    };
    refresh();
    form?.addEventListener("input", refresh);
    form?.addEventListener("change", refresh);
    return () => {
      clearTimeout(timer);
      form?.removeEventListener("input", refresh);
      form?.removeEventListener("change", refresh);
    };
  }, []);

  return (
    <section className="card space-y-2 text-sm" aria-live="polite" data-testid="invitee-busy-times">
      {state.day ? <h2 className="font-semibold">{t("title", { date: dayText(state.day) })}</h2> : <p>{t("choose")}</p>}
      {state.day && state.people.length > 0 && (
        <>
          <p className="text-slate-600 dark:text-slate-400">{t("intro")}</p>
          <ul className="space-y-1">
            {state.people.map((p) => (
              <li key={p.id}>
                {t("person", { name: p.name, times: p.busy.length === 0 ? t("free") : p.busy.map((b) => `${b.start}–${b.end}`).join(", ") })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
