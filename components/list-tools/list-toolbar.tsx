"use client";
import { lazy, Suspense, useMemo, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { RecordRow } from "@/lib/records/types";
import type { ListTools } from "@/lib/list-tools/ui-types";
import type { ListScreenProps } from "@/lib/records/ui-types";
import type { ListState } from "@/components/records/list-url";
import { FilterPanel } from "@/components/list-tools/filter-panel";
import { SavedFilters } from "@/components/list-tools/saved-filters";
import { ColumnChooser } from "@/components/list-tools/column-chooser";
import { ExportButton } from "@/components/list-tools/export-dialog";
import { useOpenedOnce } from "@/components/ui/opened-once";

// « Action Lot » comes with the first selected row: a list only looked at does not carry it.
const BulkBar = lazy(() => import("@/components/list-tools/bulk-bar").then((m) => ({ default: m.BulkBar })));

export type Selection = ReturnType<typeof useSelection>;

type Picked = { key: string; picked: Map<string, number>; allMatching: boolean };

/** Selected rows (id → version seen) or « all matching »; a selection made under another filter is forgotten. */
export function useSelection(rows: RecordRow[], listKey: string) {
  const [state, setState] = useState<Picked>({ key: listKey, picked: new Map(), allMatching: false });
  const current = state.key === listKey ? state : { key: listKey, picked: new Map<string, number>(), allMatching: false };
  const { picked, allMatching } = current;
  return useMemo(() => {
    const pageIds = rows.map((r) => r.id);
    const update = (fn: (m: Map<string, number>) => void) =>
      setState((old) => {
        const next = new Map(old.key === listKey ? old.picked : []);
        fn(next);
        return { key: listKey, picked: next, allMatching: false };
      });
    return {
      items: [...picked].map(([id, version]) => ({ id, version })),
      allMatching,
      has: (id: string) => allMatching || picked.has(id),
      pageState: (allMatching || (pageIds.length > 0 && pageIds.every((id) => picked.has(id))) ? "all" : pageIds.some((id) => picked.has(id)) ? "some" : "none") as "all" | "some" | "none",
      toggle: (row: RecordRow, on: boolean) => update((m) => (on ? m.set(row.id, row.version) : m.delete(row.id))),
      togglePage: (on: boolean) => update((m) => rows.forEach((r) => (on ? m.set(r.id, r.version) : m.delete(r.id)))),
      selectAll: () => setState({ key: listKey, picked, allMatching: true }),
      clear: () => setState({ key: listKey, picked: new Map(), allMatching: false }),
    };
  }, [rows, picked, allMatching, listKey]);
}

export function SelectPageHeader({ selection }: { selection: Selection }) {
  const t = useTranslations("listTools");
  return (
    <input
      type="checkbox"
      className="size-4"
      aria-label={t("selectPage")}
      checked={selection.pageState === "all"}
      ref={(el) => {
        if (el) el.indeterminate = selection.pageState === "some";
      }}
      onChange={(e) => selection.togglePage(e.target.checked)}
    />
  );
}

/** A row's box; `label` names its record (« Sélectionner Marie Côté »), formatted by the list once per page. */
export function SelectCell({ selection, row, label }: { selection: Selection; row: RecordRow; label: string }) {
  return <input type="checkbox" className="size-4" aria-label={label} checked={selection.has(row.id)} onChange={(e) => selection.toggle(row, e.target.checked)} />;
}

/** The row of list tools under the quick search, the filter panel, and the selection bar when rows are selected. */
export function ListToolbar({ moduleKey, basePath, params, tools, page, columns, selection }: { moduleKey: string; basePath: string; params: ListState; tools: ListTools; page: ListScreenProps["page"]; columns: readonly string[]; selection: Selection }) {
  const format = useFormatter();
  const t = useTranslations("listTools");
  const [exporting, setExporting] = useState(false);
  const total = page.capped ? `${format.number(page.count)}+` : format.number(page.count);
  const selectedIds = selection.allMatching ? [] : selection.items.map((i) => i.id);
  const selected = useOpenedOnce(selection.allMatching || selection.items.length > 0);
  return (
    <div className="space-y-[var(--gap)]">
      <div className="flex flex-wrap items-center gap-2">
        <SavedFilters basePath={basePath} tools={tools} />
        <ColumnChooser moduleKey={moduleKey} tools={tools} />
        {tools.bulk && page.rows.length > 0 && (
          // On a phone the table's header (and its checkbox) is hidden: the page's checkbox comes here.
          <label className="btn btn-secondary md:hidden">
            <SelectPageHeader selection={selection} />
            {t("selectPage")}
          </label>
        )}
        {tools.exportPath && <ExportButton exportPath={tools.exportPath} funderExportPath={tools.funderExportPath ?? null} query={tools.query} columns={[...columns]} total={total} selected={selectedIds} open={exporting} onOpenChange={setExporting} />}
      </div>
      {/* Keyed by the list's state: after « Rechercher » or « Effacer le filtre » its rows start from the address. */}
      <FilterPanel key={tools.query} moduleKey={moduleKey} basePath={basePath} params={params} tools={tools} />
      {tools.bulk && selected && (
        <Suspense fallback={null}>
          <BulkBar
            moduleKey={moduleKey}
            bulk={tools.bulk}
            query={tools.query}
            selected={selection.items}
            allMatching={selection.allMatching}
            matchingCount={{ count: page.count, capped: page.capped }}
            pageCount={page.rows.length}
            onSelectAll={selection.selectAll}
            onClear={selection.clear}
            onExport={tools.exportPath ? () => setExporting(true) : null}
          />
        </Suspense>
      )}
    </div>
  );
}
