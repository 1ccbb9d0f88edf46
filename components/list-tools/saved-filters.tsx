"use client";
import { lazy, Suspense, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Bookmark, Save } from "lucide-react";
import { useRouter } from "@/lib/i18n/navigation";
import type { ListTools } from "@/lib/list-tools/ui-types";
import { ToolDialog } from "@/components/list-tools/tool-dialog";

// The dialogs' forms and rows come with the first opening of one, as the dialogs do (saved-filter-dialogs.tsx).
const loadDialogs = () => import("@/components/list-tools/saved-filter-dialogs");
const SaveFilterForm = lazy(() => loadDialogs().then((m) => ({ default: m.SaveFilterForm })));
const SavedFilterList = lazy(() => loadDialogs().then((m) => ({ default: m.SavedFilterList })));

/** « Enregistrer le filtre » and « Mes filtres »: the user's named list states for this module, kept server-side. */
export function SavedFilters({ basePath, tools }: { basePath: string; tools: ListTools }) {
  const t = useTranslations();
  const router = useRouter();
  const [saving, setSaving] = useState(false);
  const [listing, setListing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const run = (work: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, { key: string }> }>, after?: () => void) =>
    start(async () => {
      const result = await work();
      if (!result.ok) {
        const field = result.fieldErrors && Object.values(result.fieldErrors)[0];
        return setError(t((field?.key ?? result.error) as never));
      }
      setError(null);
      after?.();
      router.refresh();
    });

  const alert = error && (
    <p role="alert" className="text-sm text-red-700 dark:text-red-300">
      {error}
    </p>
  );
  return (
    <>
      <button type="button" className="btn btn-secondary" onClick={() => (void loadDialogs(), setError(null), setSaving(true))}>
        <Save className="size-4" aria-hidden /> {t("listTools.saveFilter")}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => (void loadDialogs(), setError(null), setListing(true))}>
        <Bookmark className="size-4" aria-hidden /> {t("listTools.myFilters")} ({tools.savedFilters.length})
      </button>
      <ToolDialog open={saving} onOpenChange={setSaving} title={t("listTools.saveFilter")}>
        <Suspense fallback={null}>
          <SaveFilterForm tools={tools} pending={pending} alert={alert} run={run} onSaved={() => setSaving(false)} />
        </Suspense>
      </ToolDialog>
      <ToolDialog open={listing} onOpenChange={setListing} title={t("listTools.myFilters")} wide>
        <Suspense fallback={null}>
          <SavedFilterList basePath={basePath} tools={tools} pending={pending} run={run} onApply={() => setListing(false)} />
        </Suspense>
        <div className="mt-2">{alert}</div>
      </ToolDialog>
    </>
  );
}
