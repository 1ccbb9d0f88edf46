"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCorners,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Over,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { ActionResult } from "@/lib/actions/errors";
import { KanbanCard, type BoardCard } from "@/components/activities/kanban-card";

export type BoardColumn = { status: string; label: string };
type Move = (input: { id: string; version: number; status: string }) => Promise<ActionResult<{ id: string; version: number }>>;

const COLUMN_PREFIX = "column:";

function Column({ column, count, children }: { column: BoardColumn; count: number; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_PREFIX}${column.status}`, data: { status: column.status } });
  const t = useTranslations("activities.kanban");
  const headingId = `kanban-${column.status}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={`flex min-h-32 min-w-0 flex-col rounded-lg border p-2 ${isOver ? "border-brand-600 bg-brand-50 dark:bg-slate-800" : "border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"}`}
    >
      <h2 id={headingId} className="mb-2 px-1 text-sm font-semibold">
        {t("column", { status: column.label, count })}
      </h2>
      {children}
    </section>
  );
}

/**
 * The task Kanban: one column per status in the guide's order. Dropping a card in another column moves it at once
 * (optimistic); if the save is refused (someone changed the task meanwhile, it was deleted, no right) the card goes
 * back and the reason is said. Pointer, touch and keyboard move cards; screen readers hear each step.
 */
export function KanbanBoard({
  columns,
  cards: initialCards,
  move,
  moveForm,
  query,
  hiddenCounts,
}: {
  columns: BoardColumn[];
  cards: BoardCard[];
  move: Move;
  moveForm: (form: FormData) => Promise<void>;
  /** The board's filters, kept by the no-script form. */
  query: string;
  /** Cards counted but not shown per status (a column shows its first ones). */
  hiddenCounts: Record<string, number>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [cards, setCards] = useState(initialCards);
  const [pending, setPending] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const labelOf = useMemo(() => new Map(columns.map((c) => [c.status, c.label])), [columns]);
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const statusOf = (over: Over | null) => (over?.data.current?.status as string | undefined) ?? null;
  const subjectOf = (id: string | number) => byId.get(String(id))?.subject ?? "";
  const statusOptions = columns.map((c) => ({ value: c.status, label: c.label }));

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("activities.kanban.dragStart", { subject: subjectOf(active.id), status: labelOf.get(byId.get(String(active.id))?.status ?? "") ?? "" }),
    onDragOver: ({ over }) => (statusOf(over) ? t("activities.kanban.dragOver", { status: labelOf.get(statusOf(over)!) ?? "" }) : t("activities.kanban.dragOutside")),
    onDragEnd: ({ active, over }) =>
      statusOf(over) ? t("activities.kanban.dragEnd", { subject: subjectOf(active.id), status: labelOf.get(statusOf(over)!) ?? "" }) : t("activities.kanban.dragOutside"),
    onDragCancel: ({ active }) => t("activities.kanban.dragCancel", { subject: subjectOf(active.id), status: labelOf.get(byId.get(String(active.id))?.status ?? "") ?? "" }),
  };

  const setCard = (id: string, patch: Partial<BoardCard>) => setCards((all) => all.map((c) => (c.id === id ? { ...c, ...patch } : c)));

  async function onDragEnd({ active, over }: DragEndEvent) {
    const card = byId.get(String(active.id));
    const target = statusOf(over);
    if (!card || !target || target === card.status || pending.has(card.id)) return;
    const before = { status: card.status, overdue: card.overdue };
    // Optimistic: the card is in its new column while the save runs; a completed task is no longer late.
    setCard(card.id, { status: target, overdue: target === "completed" ? false : card.overdue });
    setPending((p) => new Set(p).add(card.id));
    let result: Awaited<ReturnType<Move>>;
    try {
      result = await move({ id: card.id, version: card.version, status: target });
    } catch {
      result = { ok: false, error: "activities.kanban.offline" };
    }
    setPending((p) => {
      const next = new Set(p);
      next.delete(card.id);
      return next;
    });
    if (result.ok) {
      setCard(card.id, { version: result.data.version });
      setMessage({ text: t("activities.kanban.moved", { subject: card.subject, status: labelOf.get(target) ?? target }), error: false });
      router.refresh();
    } else {
      setCard(card.id, before);
      setMessage({ text: t("activities.kanban.failed", { subject: card.subject, reason: t(result.error as never) }), error: true });
    }
  }

  return (
    <div className="space-y-2">
      <p role={message?.error ? "alert" : "status"} className={message ? (message.error ? "alert-error" : "text-sm text-slate-700 dark:text-slate-300") : "sr-only"}>
        {message?.text}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("activities.kanban.instructions") } }}
      >
        <div className="grid gap-[var(--gap)] md:grid-cols-2 xl:grid-cols-4">
          {columns.map((column) => {
            const inColumn = cards.filter((c) => c.status === column.status);
            const hidden = hiddenCounts[column.status] ?? 0;
            return (
              <Column key={column.status} column={column} count={inColumn.length + hidden}>
                <SortableContext id={column.status} items={inColumn.map((c) => c.id)} strategy={verticalListSortingStrategy}>
                  <ul className="flex flex-col gap-2">
                    {inColumn.map((card) => (
                      <KanbanCard key={card.id} card={card} statuses={statusOptions} moveForm={moveForm} query={query} pending={pending.has(card.id)} />
                    ))}
                  </ul>
                </SortableContext>
                {inColumn.length === 0 && <p className="px-1 text-xs text-slate-600 dark:text-slate-400">{t("activities.kanban.empty")}</p>}
                {hidden > 0 && <p className="mt-2 px-1 text-xs text-slate-600 dark:text-slate-400">{t("activities.kanban.more", { count: hidden })}</p>}
              </Column>
            );
          })}
        </div>
      </DndContext>
    </div>
  );
}
