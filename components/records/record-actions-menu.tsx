"use client";
import { useState } from "react";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useTranslations } from "next-intl";
import { ChevronDown, Copy, History, Pencil, Trash2 } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

const item = "flex cursor-pointer items-center gap-2 rounded px-2.5 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/**
 * The guide's « Actions ▾ » of a record (detail view and edit form): Modifier (where the record is not already being
 * edited), Dupliquer (a new record's form prefilled from this one), Supprimer (asks first; the record goes to the
 * « Corbeille ») and Journal des modifications.
 */
export function RecordActionsMenu({
  editHref,
  duplicateHref,
  changeLogHref,
  title,
  canDelete,
  deleting,
  onDelete,
}: {
  editHref?: string;
  /** Absent when the user may not create records. */
  duplicateHref?: string;
  /** The change log section of the record's page. */
  changeLogHref: string;
  /** The record's title, named in the delete question. */
  title: string;
  canDelete: boolean;
  deleting?: boolean;
  /** Resolves once the delete is done (or failed); the dialog then closes. */
  onDelete: () => Promise<void>;
}) {
  const t = useTranslations("records");
  const [confirm, setConfirm] = useState(false);
  return (
    <>
      {/* Not modal: the delete dialog opens from it, and two stacked modal layers fight over focus. */}
      <Menu.Root modal={false}>
        <Menu.Trigger className="btn btn-secondary">
          {t("actions")} <ChevronDown className="size-4" aria-hidden />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content align="end" sideOffset={6} className="z-40 min-w-44 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
            {editHref && (
              <Menu.Item asChild className={item}>
                <Link href={editHref}>
                  <Pencil className="size-4" aria-hidden /> {t("edit")}
                </Link>
              </Menu.Item>
            )}
            {duplicateHref && (
              <Menu.Item asChild className={item}>
                <Link href={duplicateHref}>
                  <Copy className="size-4" aria-hidden /> {t("duplicate")}
                </Link>
              </Menu.Item>
            )}
            {canDelete && (
              <Menu.Item className={`${item} text-red-700 dark:text-red-400`} onSelect={() => setConfirm(true)}>
                <Trash2 className="size-4" aria-hidden /> {t("delete")}
              </Menu.Item>
            )}
            <Menu.Item asChild className={item}>
              {/* On the record's page it is an anchor on that page, which the locale-aware Link would rewrite. */}
              {changeLogHref.startsWith("#") ? (
                <a href={changeLogHref}>
                  <History className="size-4" aria-hidden /> {t("changeLog")}
                </a>
              ) : (
                <Link href={changeLogHref}>
                  <History className="size-4" aria-hidden /> {t("changeLog")}
                </Link>
              )}
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      {canDelete && (
        <ConfirmDialog
          open={confirm}
          onOpenChange={setConfirm}
          title={t("deleteTitle")}
          description={t("deleteConfirm", { title })}
          confirmLabel={t("delete")}
          danger
          pending={deleting}
          onConfirm={() => void onDelete().finally(() => setConfirm(false))}
        />
      )}
    </>
  );
}
