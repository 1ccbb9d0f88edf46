"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Bookmark, Save, Star, Trash2 } from "lucide-react";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { ListTools, SavedFilterView } from "@/lib/list-tools/ui-types";
import { withQuery } from "@/components/records/list-url";
import { ToolDialog } from "@/components/list-tools/tool-dialog";

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
      <button type="button" className="btn btn-secondary" onClick={() => (setError(null), setSaving(true))}>
        <Save className="size-4" aria-hidden /> {t("listTools.saveFilter")}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => (setError(null), setListing(true))}>
        <Bookmark className="size-4" aria-hidden /> {t("listTools.myFilters")} ({tools.savedFilters.length})
      </button>
      <ToolDialog open={saving} onOpenChange={setSaving} title={t("listTools.saveFilter")}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            run(() => tools.saveFilter({ name: String(data.get("name") ?? ""), query: tools.query, isDefault: data.get("isDefault") === "1" }), () => setSaving(false));
          }}
        >
          <label className="block text-sm">
            <span className="mb-1 block font-medium">{t("listTools.filterName")}</span>
            <input name="name" required maxLength={100} className="input" autoFocus />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="isDefault" value="1" className="size-4" /> {t("listTools.makeDefault")}
          </label>
          {alert}
          <div className="flex justify-end">
            <button type="submit" className="btn btn-primary" disabled={pending}>
              {t("listTools.saveFilter")}
            </button>
          </div>
        </form>
      </ToolDialog>
      <ToolDialog open={listing} onOpenChange={setListing} title={t("listTools.myFilters")} wide>
        {tools.savedFilters.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">{t("listTools.noFilters")}</p>
        ) : (
          <ul className="space-y-2">
            {tools.savedFilters.map((f) => (
              <SavedFilterRow key={f.id} filter={f} basePath={basePath} pending={pending} onApply={() => setListing(false)} run={run} tools={tools} />
            ))}
          </ul>
        )}
        <div className="mt-2">{alert}</div>
      </ToolDialog>
    </>
  );
}

function SavedFilterRow({
  filter,
  basePath,
  pending,
  onApply,
  run,
  tools,
}: {
  filter: SavedFilterView;
  basePath: string;
  pending: boolean;
  onApply: () => void;
  run: (work: () => Promise<{ ok: boolean; error?: string }>) => void;
  tools: ListTools;
}) {
  const t = useTranslations("listTools");
  const [renaming, setRenaming] = useState(false);
  return (
    <li className="flex flex-wrap items-center gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
      {renaming ? (
        <form
          className="flex flex-1 gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => tools.updateFilter({ op: "rename", id: filter.id, name: String(new FormData(e.currentTarget).get("name") ?? "") }));
            setRenaming(false);
          }}
        >
          <input name="name" defaultValue={filter.name} required maxLength={100} className="input" aria-label={t("renameOf", { name: filter.name })} autoFocus />
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {t("rename")}
          </button>
        </form>
      ) : (
        <Link href={withQuery(basePath, `${filter.query ? `${filter.query}&` : ""}saved=${filter.id}`)} className="flex-1 font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100" onClick={onApply} aria-label={t("applyFilter", { name: filter.name })}>
          {filter.name}
          {filter.isDefault && <span className="ml-2 rounded bg-brand-50 px-1.5 text-xs text-brand-700 dark:bg-slate-800 dark:text-brand-100">{t("defaultBadge")}</span>}
        </Link>
      )}
      {!renaming && (
        <button type="button" className="btn btn-ghost text-sm" onClick={() => setRenaming(true)}>
          {t("rename")}
        </button>
      )}
      <button type="button" className="btn btn-ghost text-sm" disabled={pending} onClick={() => run(() => tools.updateFilter({ op: "default", id: filter.id, isDefault: !filter.isDefault }))}>
        <Star className="size-4" aria-hidden /> {filter.isDefault ? t("unsetDefault") : t("setDefault")}
      </button>
      <button type="button" className="btn btn-ghost !p-1.5" disabled={pending} aria-label={t("deleteFilter", { name: filter.name })} onClick={() => run(() => tools.updateFilter({ op: "delete", id: filter.id }))}>
        <Trash2 className="size-4" aria-hidden />
      </button>
    </li>
  );
}
