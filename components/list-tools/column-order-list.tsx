"use client";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, GripVertical } from "lucide-react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ColumnItem as Item } from "@/components/list-tools/column-chooser";

/**
 * « Afficher colonnes »'s ordered list: the arrows, or dragging (mouse, touch, or the keyboard: space on the
 * handle, arrows, space). Loaded with the dialog, so the list page does not carry dnd-kit.
 */
export function ColumnOrderList({ items, onChange, label, title }: { items: Item[]; onChange: (items: Item[]) => void; label: (name: string) => string; title: string }) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const move = (from: number, to: number) => to >= 0 && to < items.length && onChange(arrayMove(items, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(
      items.findIndex((i) => i.name === active.id),
      items.findIndex((i) => i.name === over.id),
    );
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={items.map((i) => i.name)} strategy={verticalListSortingStrategy}>
        <ol className="max-h-[50dvh] space-y-1 overflow-y-auto pr-1" aria-label={title}>
          {items.map((item, index) => (
            <ColumnRow
              key={item.name}
              item={item}
              label={label(item.name)}
              first={index === 0}
              last={index === items.length - 1}
              onToggle={(shown) => onChange(items.map((i) => (i.name === item.name ? { ...i, shown } : i)))}
              onMove={(delta) => move(index, index + delta)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
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
