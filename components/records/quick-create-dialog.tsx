"use client";
import * as Dialog from "@radix-ui/react-dialog";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { usePathname, useRouter } from "@/lib/i18n/navigation";

const item = "flex cursor-pointer items-center gap-2 rounded px-2.5 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/** The top bar's « + » (guide: « pour créer des fiches rapidement »): one entry per module, opening its create form. */
export function QuickCreateMenu({ modules }: { modules: { key: string; label: string; createLabel: string }[] }) {
  const t = useTranslations("records");
  const router = useRouter();
  // On a record's page (« /clients/<id> »), the new record starts linked to it (« Lié à », « Partenaire »): the
  // server fills only a field that may point at that module, and only with a record the user may see.
  const onRecord = /^\/([a-z]+)\/([A-Za-z0-9_-]{1,64})$/.exec(usePathname());
  const from = onRecord && onRecord[2] !== "new" ? `?from=${onRecord[1]}:${onRecord[2]}` : "";
  if (modules.length === 0) return null;
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger className="btn btn-ghost !px-2" aria-label={t("quickCreate")} title={t("quickCreate")}>
        <Plus className="size-5" aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={6} className="z-50 min-w-52 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {modules.map((m) => (
            <Menu.Item key={m.key} className={item} onSelect={() => router.push(`/quick-create/${m.key}${from}`)}>
              {m.createLabel}
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}

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
