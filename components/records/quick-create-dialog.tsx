"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";

/**
 * A dialog to host a create form without leaving the page (e.g. a RecordForm with `compactHeader`, `onSaved` and
 * `onCancel`). Full screen on phones, centred and at most max-w-3xl from sm up; the body scrolls.
 */
export function QuickCreateDialog({
  title,
  children,
  open,
  onOpenChange,
}: {
  title: string;
  children: React.ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("records");
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed inset-0 z-50 flex flex-col bg-slate-50 shadow-xl sm:inset-auto sm:top-1/2 sm:left-1/2 sm:max-h-[90dvh] sm:w-[min(48rem,94vw)] sm:max-w-3xl sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-lg dark:bg-slate-950"
        >
          <div className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2 sm:rounded-t-lg dark:border-slate-700 dark:bg-slate-900">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Close className="btn btn-ghost !p-1.5" aria-label={t("close")}>
              <X className="size-5" aria-hidden />
            </Dialog.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto p-[var(--gap)]">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
