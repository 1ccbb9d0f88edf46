"use client";
import { lazy, Suspense } from "react";
import { useOpenedOnce } from "@/components/ui/opened-once";

export type ToolDialogProps = { open: boolean; onOpenChange: (open: boolean) => void; title: string; description?: string; children: React.ReactNode; wide?: boolean };

const ToolDialogBody = lazy(() => import("@/components/list-tools/tool-dialog-body").then((m) => ({ default: m.ToolDialogBody })));

/**
 * The list tools' dialogs: a title, a close button, and the tool's own body. Radix Dialog is loaded when one
 * first opens, so the list page does not carry it.
 */
export function ToolDialog(props: ToolDialogProps) {
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <ToolDialogBody {...props} />
    </Suspense>
  );
}
