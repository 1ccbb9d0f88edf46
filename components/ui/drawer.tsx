"use client";
import { cloneElement, lazy, Suspense, type ReactElement, type ButtonHTMLAttributes } from "react";
import { useOpenedOnce } from "@/components/ui/opened-once";

export type DrawerProps = {
  side: "left" | "right";
  title: string;
  closeLabel?: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactElement<ButtonHTMLAttributes<HTMLButtonElement>>;
  children: React.ReactNode;
};

const DrawerSheet = lazy(() => import("@/components/ui/drawer-sheet").then((m) => ({ default: m.DrawerSheet })));

/**
 * A side sheet on Radix Dialog: focus trapped, Escape closes, the page behind is inert. Its close button says
 * « Fermer » unless told otherwise: it closes the sheet, whatever opened it. Radix comes with the first opening:
 * until then the trigger is drawn alone (pointing at it starts the download), so pages do not carry it.
 */
export function Drawer(props: DrawerProps) {
  const opened = useOpenedOnce(props.open);
  const preload = () => void import("@/components/ui/drawer-sheet").catch(() => undefined);
  const alone = cloneElement(props.trigger, {
    "aria-haspopup": "dialog",
    "aria-expanded": false,
    onPointerEnter: preload,
    onFocus: preload,
    onClick: () => props.onOpenChange(true),
  });
  if (!opened) return alone;
  return (
    <Suspense fallback={alone}>
      <DrawerSheet {...props} />
    </Suspense>
  );
}
