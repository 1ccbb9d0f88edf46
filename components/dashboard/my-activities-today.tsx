import { getLocale, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { myActivitiesToday } from "@/lib/activities/dashlets";
import { ModuleIcon } from "@/components/shell/module-icon";

/** Dashlet « Mes appels et réunions d'aujourd'hui ». */
export async function MyActivitiesToday({ user }: { user: CurrentUser }) {
  const [t, locale, items] = await Promise.all([getTranslations(), getLocale(), myActivitiesToday(user)]);
  const time = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : locale, { hour: "numeric", minute: "2-digit", timeZone: user.timeZone });
  return (
    <section className="card" aria-labelledby="dashlet-today">
      <h2 id="dashlet-today" className="mb-2 font-semibold">
        {t("activities.dashlets.today")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("activities.dashlets.nothingToday")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
          {items.map((item) => (
            <li key={`${item.module}:${item.id}`} className="flex items-baseline gap-3 py-[var(--row-y)]">
              <time dateTime={item.startAt.toISOString()} className="w-16 shrink-0 text-slate-600 tabular-nums dark:text-slate-400">
                {time.format(item.startAt)}
              </time>
              <ModuleIcon name={item.module === "calls" ? "phone" : "meeting"} className="size-4 shrink-0 self-center text-slate-500" />
              <span className="sr-only">{t(`modules.${item.module}.singular` as never)}</span>
              <Link href={`/${item.module}/${item.id}`} className="min-w-0 truncate font-medium text-brand-700 hover:underline dark:text-brand-100">
                {item.subject}
              </Link>
              <span className="ml-auto shrink-0 text-xs text-slate-600 dark:text-slate-400">{t(`modules.${item.module}.options.status.${item.status}` as never)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
