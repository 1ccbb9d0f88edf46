"use client";
import { lazy, Suspense } from "react";
import type { ModuleDef } from "@/lib/records/types";
import type { ListScreenProps } from "@/lib/records/ui-types";
import { useOpenedOnce } from "@/components/ui/opened-once";

export type QuickViewTarget = { id: string; title: string; href: string };
export type QuickViewProps = { def: ModuleDef; target: QuickViewTarget | null; load: NonNullable<ListScreenProps["quickView"]>; onClose: () => void };

const QuickViewBody = lazy(() => import("@/components/records/quick-view-body").then((m) => ({ default: m.QuickViewBody })));

/**
 * The list row's « i »: the record's main fields (its first section) in a dialog, loaded when opened, with a link
 * to the full record. The list stays where it was underneath. The dialog's code comes with the first « i ».
 */
export function QuickViewDialog(props: QuickViewProps) {
  if (!useOpenedOnce(props.target !== null)) return null;
  return (
    <Suspense fallback={null}>
      <QuickViewBody {...props} />
    </Suspense>
  );
}
