import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { recordContext } from "@/lib/records/context";
import type { SearchParams } from "@/lib/records/list-params";
import { kanbanColumns, parseKanbanFilters } from "@/lib/activities/kanban";
import { moveTask, moveTaskForm } from "@/lib/activities/kanban-actions";
import { TASK_PRIORITIES } from "@/lib/modules/tasks/module";
import { KanbanBoard } from "@/components/activities/kanban-board";
import type { BoardCard } from "@/components/activities/kanban-card";
import { ScreenMessages } from "@/components/ui/screen-messages";

const ERRORS = ["conflict", "notFound", "failed"] as const;

/** « Kanban » of the task module: the filters (a plain GET form) and the board. */
export async function KanbanPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("record.read");
  const filters = parseKanbanFilters(searchParams);
  const [t, ctx, columns, users] = await Promise.all([
    getTranslations(),
    recordContext(),
    kanbanColumns(user, filters),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const label = (field: string, value: string) => t(`modules.tasks.options.${field}.${value}` as never);
  const cards: BoardCard[] = columns.flatMap((column) =>
    column.cards.map((c) => ({
      id: c.id,
      version: c.version,
      subject: c.subject,
      status: column.status,
      dueText: c.dueAt ? ctx.formatDateTime(new Date(c.dueAt)) : null,
      overdue: c.overdue,
      priorityLabel: c.priority ? label("priority", c.priority) : null,
      assigneeName: c.assigneeId ? (ctx.users.get(c.assigneeId) ?? null) : null,
    })),
  );
  const query = new URLSearchParams({
    ...(filters.mine ? { mine: "1" } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
  }).toString();
  const error = ERRORS.find((e) => e === searchParams.error);
  return (
    <ScreenMessages>
      <div className="space-y-4">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-2xl font-semibold">{t("activities.kanban.title")}</h1>
          <Link href="/tasks" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
            {t("activities.kanban.backToList")}
          </Link>
        </div>
        <form method="get" className="card flex flex-wrap items-end gap-3 text-sm" aria-label={t("activities.kanban.filters")}>
          <label className="flex items-center gap-2 self-center">
            <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine} className="size-4" /> {t("activities.kanban.mine")}
          </label>
          <label className="flex flex-col gap-1">
            {t("activities.kanban.assignee")}
            <select name="assignee" defaultValue={filters.assignee ?? ""} className="input !w-auto">
              <option value="">{t("activities.kanban.anyone")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            {t("activities.kanban.priority")}
            <select name="priority" defaultValue={filters.priority ?? ""} className="input !w-auto">
              <option value="">{t("activities.kanban.anyPriority")}</option>
              {TASK_PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {label("priority", p)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-secondary">
            {t("activities.kanban.apply")}
          </button>
        </form>
        {error && (
          <p role="alert" className="alert-error">
            {t(`activities.kanban.errors.${error}`)}
          </p>
        )}
        <KanbanBoard
          key={query}
          columns={columns.map((c) => ({ status: c.status, label: label("status", c.status) }))}
          cards={cards}
          move={moveTask}
          moveForm={moveTaskForm}
          query={query}
          hiddenCounts={Object.fromEntries(columns.map((c) => [c.status, c.count - c.cards.length]))}
        />
      </div>
    </ScreenMessages>
  );
}
