"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { AlertTriangle, Clock, GripVertical } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";

export type BoardCard = {
  id: string;
  version: number;
  subject: string;
  status: string;
  /** Already written in the user's language and time zone. */
  dueText: string | null;
  overdue: boolean;
  priorityLabel: string | null;
  assigneeName: string | null;
};

/**
 * One task on the board. It is dragged by its handle with the keyboard (Space, arrows, Space) and anywhere on the
 * card with a pointer or a finger. « Changer le statut » is a plain form, so a card moves without scripts too.
 */
export function KanbanCard({
  card,
  statuses,
  moveForm,
  query,
  pending,
}: {
  card: BoardCard;
  statuses: { value: string; label: string }[];
  moveForm: (form: FormData) => Promise<void>;
  query: string;
  pending: boolean;
}) {
  const t = useTranslations("activities.kanban");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: card.id, data: { status: card.status } });
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      {...listeners}
      className={`rounded-md border bg-white p-2 text-sm shadow-sm dark:bg-slate-900 ${card.overdue ? "border-l-4 border-red-600 dark:border-red-400" : "border-slate-200 dark:border-slate-700"} ${isDragging ? "opacity-60" : ""}`}
      aria-busy={pending || undefined}
    >
      <div className="flex items-start gap-1">
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          aria-label={t("dragHandle", { subject: card.subject })}
          className="-ml-1 cursor-grab touch-none rounded p-0.5 text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
        >
          <GripVertical className="size-4" aria-hidden />
        </button>
        <Link href={`/tasks/${card.id}`} className="min-w-0 flex-1 font-medium wrap-anywhere text-brand-700 hover:underline dark:text-brand-100">
          {card.subject}
        </Link>
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-400">
        {card.overdue && (
          <span className="inline-flex items-center gap-1 font-semibold text-red-700 dark:text-red-400">
            <AlertTriangle className="size-3.5" aria-hidden /> {t("overdue")}
          </span>
        )}
        <span className="inline-flex items-center gap-1">
          <Clock className="size-3.5" aria-hidden /> {card.dueText ? t("due", { date: card.dueText }) : t("noDue")}
        </span>
        {card.priorityLabel && <span>{card.priorityLabel}</span>}
        <span>{card.assigneeName ?? t("unassigned")}</span>
      </div>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{t("changeStatus")}</summary>
        <form action={moveForm} className="mt-1 flex flex-wrap items-center gap-1">
          <input type="hidden" name="id" value={card.id} />
          <input type="hidden" name="version" value={card.version} />
          <input type="hidden" name="_query" value={query} />
          <select name="status" defaultValue={card.status} aria-label={t("newStatus")} className="input !w-auto !py-0.5 text-xs">
            {statuses.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-secondary !px-2 !py-0.5 text-xs">
            {t("move")}
          </button>
        </form>
      </details>
    </li>
  );
}
