"use client";
import { lazy, Suspense, useState } from "react";
import { useTranslations } from "next-intl";
import { Download } from "lucide-react";
import { ToolDialog } from "@/components/list-tools/tool-dialog";

// The dialog's form comes with its first opening, as the dialog does (export-form.tsx); the click fetches both at once.
const loadForm = () => import("@/components/list-tools/export-form");
const ExportForm = lazy(() => loadForm().then((m) => ({ default: m.ExportForm })));

/**
 * « Exporter »: a plain GET form to the export route, which streams the file (the browser shows the download
 * growing). The list's own query goes along, so the file holds what the list shows, or only the selected rows.
 */
export function ExportButton({ exportPath, funderExportPath = null, query, columns, total, selected, open, onOpenChange }: { exportPath: string; funderExportPath?: string | null; query: string; columns: string[]; total: string; selected: string[]; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("listTools");
  const [scope, setScope] = useState<"all" | "selected">(selected.length ? "selected" : "all");
  return (
    <>
      <button type="button" className="btn btn-secondary" onClick={() => (void loadForm(), setScope(selected.length ? "selected" : "all"), onOpenChange(true))}>
        <Download className="size-4" aria-hidden /> {t("export")}
      </button>
      <ToolDialog open={open} onOpenChange={onOpenChange} title={t("exportTitle")}>
        <Suspense fallback={null}>
          <ExportForm exportPath={exportPath} funderExportPath={funderExportPath} query={query} columns={columns} total={total} selected={selected} scope={scope} onScope={setScope} onDone={() => onOpenChange(false)} />
        </Suspense>
      </ToolDialog>
    </>
  );
}
