import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { recordContext } from "@/lib/records/context";
import type { SearchParams } from "@/lib/records/list-params";
import { activityPage, type ActivityState } from "@/lib/activities/subpanel";
import { SubpanelPager, cursorParams } from "@/components/record-pages/subpanel-pager";
import { activityCreateLinks } from "@/components/activities/activity-links";
import { ModuleIcon } from "@/components/shell/module-icon";

const PAGE = 10;
const ICONS: Record<string, string> = { calls: "phone", meetings: "meeting", tasks: "task", notes: "note" };

/**
 * « Activités » (planned calls and meetings, open tasks, with the three buttons that plan a new one) or
 * « Historique » (held and completed) of a client, contact or partner, newest first, each row linking to it.
 */
export async function ActivitySubpanel({ state, parentKey, parentId, searchParams, user }: { state: ActivityState; parentKey: string; parentId: string; searchParams: SearchParams; user: CurrentUser }) {
  const [t, ctx] = await Promise.all([getTranslations(), recordContext()]);
  const param = state === "open" ? "activitiesPage" : "historyPage";
  const page = await activityPage({ parent: { module: parentKey, id: parentId }, state, ...cursorParams(searchParams, param), user, take: PAGE });
  const headingId = `subpanel-${state === "open" ? "activities" : "history"}`;
  const creates = state === "open" && can(user, "record.create") ? activityCreateLinks(parentKey, parentId) : [];
  return (
    <section className="card min-w-0" aria-labelledby={headingId}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {t(`activities.${state === "open" ? "activities" : "history"}`)} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({page.count})</span>
        </h2>
        {creates.length > 0 && (
          <div className="flex flex-wrap gap-2">
            {creates.map((c) => (
              <Link key={c.module} href={c.href} className="btn btn-secondary !py-1 text-sm">
                <Plus className="size-4" aria-hidden /> {t(`modules.${c.module}.create` as never)}
              </Link>
            ))}
          </div>
        )}
      </div>
      {page.rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t(state === "open" ? "activities.noActivities" : "activities.noHistory")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700">
          {page.rows.map((row) => (
            <li key={`${row.module}:${row.id}`} className="flex flex-wrap items-baseline gap-x-4 gap-y-0.5 py-[var(--row-y)] text-sm">
              <span className="inline-flex items-center gap-1 text-slate-600 dark:text-slate-400">
                <ModuleIcon name={ICONS[row.module]} className="size-4 self-center" />
                {t(`modules.${row.module}.singular` as never)}
              </span>
              <Link href={`/${row.module}/${row.id}`} className="min-w-0 font-medium wrap-anywhere text-brand-700 hover:underline dark:text-brand-100">
                {row.subject || t("records.untitled")}
              </Link>
              {row.status && <span className="text-slate-600 dark:text-slate-400">{t(`modules.${row.module}.options.status.${row.status}` as never)}</span>}
              <time dateTime={row.at.toISOString()} className="text-slate-600 dark:text-slate-400">
                {ctx.formatDateTime(row.at)}
              </time>
            </li>
          ))}
        </ul>
      )}
      <SubpanelPager param={param} path={`/${parentKey}/${parentId}`} headingId={headingId} searchParams={searchParams} prevCursor={page.prevCursor} nextCursor={page.nextCursor} />
    </section>
  );
}
