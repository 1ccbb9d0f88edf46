"use client";
import { Children, useState, useTransition, type ReactNode } from "react";
import { GripVertical } from "lucide-react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, rectSortingStrategy, sortableKeyboardCoordinates, useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRouter } from "@/lib/i18n/navigation";
import { changeDashboard } from "@/lib/dashboard/actions";

/**
 * Arranging the dashboard by dragging (mouse, touch, or the keyboard: space, arrows, space) on top of the
 * server-rendered dashlets and their no-script buttons; the final order is saved in one change.
 */
export function SortableDashlets({ keys, handleLabels, children }: { keys: string[]; handleLabels: string[]; children: ReactNode }) {
  const router = useRouter();
  const [order, setOrder] = useState(keys);
  const [, startTransition] = useTransition();
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const items = Children.toArray(children);
  const byKey = new Map(keys.map((k, i) => [k, { child: items[i], label: handleLabels[i] }]));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id)));
    setOrder(next);
    startTransition(async () => {
      await changeDashboard({ op: "order", keys: next });
      router.refresh();
    });
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={order} strategy={rectSortingStrategy}>
        <div className="grid gap-[var(--gap)] md:grid-cols-2 2xl:grid-cols-3">
          {order.map((key) => (
            <SortableItem key={key} id={key} label={byKey.get(key)?.label ?? key}>
              {byKey.get(key)?.child}
            </SortableItem>
          ))}
        </div>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <div ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={`relative ${isDragging ? "z-10 opacity-80" : ""}`}>
      <button type="button" className="btn btn-ghost absolute top-2 left-2 z-10 !cursor-grab !p-1" {...attributes} {...listeners} aria-label={label}>
        <GripVertical className="size-4" aria-hidden />
      </button>
      {children}
    </div>
  );
}
