"use client";
import { lazy, Suspense, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Columns3 } from "lucide-react";
import { useRouter } from "@/lib/i18n/navigation";
import type { ListTools } from "@/lib/list-tools/ui-types";
import { ToolDialog } from "@/components/list-tools/tool-dialog";

export type ColumnItem = { name: string; shown: boolean };

// The ordering list (with dnd-kit) comes with the dialog's first opening, not with the list page.
const ColumnOrderList = lazy(() => import("@/components/list-tools/column-order-list").then((m) => ({ default: m.ColumnOrderList })));

/**
 * « Afficher colonnes »: tick the columns, order them with the arrows or by dragging (column-order-list.tsx).
 * « Appliquer » saves them for this user and module and redraws.
 */
export function ColumnChooser({ moduleKey, tools }: { moduleKey: string; tools: ListTools }) {
  const t = useTranslations();
  const router = useRouter();
  const { chosen, choosable } = tools.columns;
  const initial = (): ColumnItem[] => [...chosen.map((name) => ({ name, shown: true })), ...choosable.filter((c) => !chosen.includes(c)).map((name) => ({ name, shown: false }))];
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<ColumnItem[]>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const label = (name: string) => t(`modules.${moduleKey}.fields.${name}` as never);
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
        <Suspense fallback={null}>
          <ColumnOrderList items={items} onChange={setItems} label={label} title={t("listTools.columnsTitle")} />
        </Suspense>
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
