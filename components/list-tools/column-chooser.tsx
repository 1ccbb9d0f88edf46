"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Columns3, GripVertical } from "lucide-react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRouter } from "@/lib/i18n/navigation";
import type { ListTools } from "@/lib/list-tools/ui-types";
import { ToolDialog } from "@/components/list-tools/tool-dialog";

type Item = { name: string; shown: boolean };

/**
 * « Afficher colonnes »: tick the columns, order them with the arrows or by dragging (mouse, touch, or the
 * keyboard: space on the handle, arrows, space). « Appliquer » saves them for this user and module and redraws.
 */
export function ColumnChooser({ moduleKey, tools }: { moduleKey: string; tools: ListTools }) {
  const t = useTranslations();
  const router = useRouter();
  const { chosen, choosable } = tools.columns;
  const initial = (): Item[] => [...chosen.map((name) => ({ name, shown: true })), ...choosable.filter((c) => !chosen.includes(c)).map((name) => ({ name, shown: false }))];
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Item[]>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const label = (name: string) => t(`modules.${moduleKey}.fields.${name}` as never);

  const move = (from: number, to: number) => to >= 0 && to < items.length && setItems(arrayMove(items, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(
      items.findIndex((i) => i.name === active.id),
      items.findIndex((i) => i.name === over.id),
    );
  };
  const save = (columns: string[] | null) =>
    start(async () => {
      if (columns && columns.length === 0) return setError(t("listTools.columnsNeedOne"));
      const result = await tools.saveColumns({ columns });
      if (!result.ok) return setError(t(result.error as never));
      setOpen(false);
      router.refresh();
    });

  return (
    <>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => {
          setItems(initial());
          setError(null);
          setOpen(true);
        }}
      >
        <Columns3 className="size-4" aria-hidden /> {t("listTools.columns")}
      </button>
      <ToolDialog open={open} onOpenChange={setOpen} title={t("listTools.columnsTitle")} description={t("listTools.columnsIntro")}>
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={items.map((i) => i.name)} strategy={verticalListSortingStrategy}>
            <ol className="max-h-[50dvh] space-y-1 overflow-y-auto pr-1" aria-label={t("listTools.columnsTitle")}>
              {items.map((item, index) => (
                <ColumnRow
                  key={item.name}
                  item={item}
                  label={label(item.name)}
                  first={index === 0}
                  last={index === items.length - 1}
                  onToggle={(shown) => setItems(items.map((i) => (i.name === item.name ? { ...i, shown } : i)))}
                  onMove={(delta) => move(index, index + delta)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        {error && (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        )}
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" className="btn btn-ghost" disabled={pending} onClick={() => save(null)}>
            {t("listTools.resetColumns")}
          </button>
          <button type="button" className="btn btn-primary" disabled={pending} onClick={() => save(items.filter((i) => i.shown).map((i) => i.name))}>
            {t("listTools.applyColumns")}
          </button>
        </div>
      </ToolDialog>
    </>
  );
}

function ColumnRow({ item, label, first, last, onToggle, onMove }: { item: Item; label: string; first: boolean; last: boolean; onToggle: (shown: boolean) => void; onMove: (delta: number) => void }) {
  const t = useTranslations("listTools");
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.name });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-2 rounded border border-slate-200 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900 ${isDragging ? "shadow-lg" : ""}`}
    >
      <button type="button" className="btn btn-ghost !cursor-grab !p-1" {...attributes} {...listeners} aria-label={t("dragHandle", { field: label })}>
        <GripVertical className="size-4" aria-hidden />
      </button>
      <label className="flex flex-1 items-center gap-2 text-sm">
        <input type="checkbox" checked={item.shown} onChange={(e) => onToggle(e.target.checked)} className="size-4" />
        {label}
      </label>
      <button type="button" className="btn btn-ghost !p-1" disabled={first} onClick={() => onMove(-1)} aria-label={t("moveUp", { field: label })}>
        <ArrowUp className="size-4" aria-hidden />
      </button>
      <button type="button" className="btn btn-ghost !p-1" disabled={last} onClick={() => onMove(1)} aria-label={t("moveDown", { field: label })}>
        <ArrowDown className="size-4" aria-hidden />
      </button>
    </li>
  );
}
