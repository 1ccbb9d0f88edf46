"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DrawerProps } from "@/components/ui/drawer";

/** drawer.tsx's sheet, loaded when it first opens. */
export function DrawerSheet({
  side,
  title,
  closeLabel,
  open,
  onOpenChange,
  trigger,
  children,
}: DrawerProps) {
  const t = useTranslations("common");
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          className={`fixed top-0 bottom-0 z-50 flex w-80 max-w-[85vw] flex-col overflow-y-auto bg-white shadow-xl dark:bg-slate-900 ${side === "left" ? "left-0" : "right-0"}`}
          aria-describedby={undefined}
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2 dark:border-slate-700">
            <Dialog.Title className="font-semibold">{title}</Dialog.Title>
            <Dialog.Close className="btn btn-ghost !p-1.5" aria-label={closeLabel ?? t("close")}>
              <X className="size-5" aria-hidden />
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
