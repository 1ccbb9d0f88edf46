import { getTranslations } from "next-intl/server";
import { AlertTriangle } from "lucide-react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { recordContext } from "@/lib/records/context";
import { myOpenTasks } from "@/lib/activities/dashlets";

/** Dashlet « Mes tâches ouvertes », the overdue ones first and marked with a word, not only a colour. */
export async function MyOpenTasks({ user }: { user: CurrentUser }) {
  const [t, ctx, tasks] = await Promise.all([getTranslations(), recordContext(), myOpenTasks(user)]);
  return (
    <section className="card" aria-labelledby="dashlet-open-tasks">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id="dashlet-open-tasks" className="font-semibold">
          {t("activities.dashlets.openTasks")}
        </h2>
        <Link href="/tasks/kanban?mine=1" className="shrink-0 text-sm text-brand-600 hover:underline dark:text-brand-100">
          {t("activities.dashlets.kanban")}
        </Link>
      </div>
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("activities.dashlets.noOpenTasks")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
          {tasks.map((task) => {
            const { overdue } = task;
            return (
              <li key={task.id} className="flex flex-wrap items-baseline gap-x-3 py-[var(--row-y)]">
                <Link href={`/tasks/${task.id}`} className="min-w-0 truncate font-medium text-brand-700 hover:underline dark:text-brand-100">
                  {task.subject}
                </Link>
                <span className={`ml-auto shrink-0 text-xs ${overdue ? "font-semibold text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}>
                  {overdue && <AlertTriangle className="mr-1 inline size-3.5 align-[-2px]" aria-hidden />}
                  {overdue && `${t("activities.kanban.overdue")} · `}
                  {task.dueAt ? ctx.formatDateTime(task.dueAt) : t("activities.kanban.noDue")}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
