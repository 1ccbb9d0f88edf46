import { getTranslations } from "next-intl/server";
import { X } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";
import { calendarHref, type CalendarState } from "@/lib/calendar/range";
import type { ShareLevel } from "@/lib/calendar/share-rules";
import { BUSY_COLOUR, KIND_STYLE } from "@/components/calendar/kinds";

type Owner = { id: string; name: string; colour: string; level: ShareLevel };

/** The legend (each kind's colour, icon and word), the calendars shown in their colours, and « Ajouter un calendrier ». */
export async function CalendarSide({ state, owners, addable, anyShared }: { state: CalendarState; owners: Owner[]; addable: { id: string; name: string }[]; anyShared: boolean }) {
  const t = await getTranslations("calendar");
  return (
    <aside className="space-y-4 text-sm">
      <section className="card space-y-2">
        <h2 className="font-semibold">{t("legend")}</h2>
        <ul className="space-y-1">
          {(Object.keys(KIND_STYLE) as (keyof typeof KIND_STYLE)[]).map((kind) => {
            const { colour, Icon } = KIND_STYLE[kind];
            return (
              <li key={kind} className="flex items-center gap-2">
                <span className="inline-flex size-5 items-center justify-center rounded text-white" style={{ backgroundColor: colour }}>
                  <Icon className="size-3" aria-hidden />
                </span>
                {t(`kinds.${kind}`)}
              </li>
            );
          })}
          <li className="flex items-center gap-2">
            <span className="inline-block size-5 rounded" style={{ backgroundColor: BUSY_COLOUR }} aria-hidden />
            {t("busy")}
          </li>
        </ul>
      </section>
      <section className="card space-y-2" aria-labelledby="calendars-shown">
        <h2 id="calendars-shown" className="font-semibold">
          {t("calendars")}
        </h2>
        <ul className="space-y-1" data-testid="calendar-owners">
          {owners.map((o) => (
            <li key={o.id} className="flex items-center gap-2">
              <span className="inline-block h-5 w-1.5 shrink-0 rounded" style={{ backgroundColor: o.colour }} aria-hidden />
              <span className="min-w-0 flex-1 truncate">
                {o.name}
                {o.level === "busy" && <span className="text-slate-600 dark:text-slate-400"> ({t("busyOnly")})</span>}
              </span>
              {state.users.includes(o.id) && (
                <Link href={calendarHref(state, { users: state.users.filter((u) => u !== o.id) })} className="rounded p-1 hover:bg-slate-100 dark:hover:bg-slate-800" aria-label={t("remove", { name: o.name })}>
                  <X className="size-4" aria-hidden />
                </Link>
              )}
            </li>
          ))}
        </ul>
        {!anyShared && <p className="text-slate-600 dark:text-slate-400">{t("noneShared")}</p>}
        {addable.length > 0 && (
          <form method="get" className="space-y-2">
            <input type="hidden" name="view" value={state.view} />
            <input type="hidden" name="date" value={state.date} />
            {state.users.length > 0 && <input type="hidden" name="users" value={state.users.join(",")} />}
            {state.layout === "side" && <input type="hidden" name="layout" value="side" />}
            <label className="flex flex-col gap-1">
              {t("addCalendar")}
              <select name="add" className="input" required defaultValue="">
                <option value="" disabled>
                  {t("choose")}
                </option>
                {addable.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="btn btn-secondary">
              {t("add")}
            </button>
          </form>
        )}
      </section>
    </aside>
  );
}
