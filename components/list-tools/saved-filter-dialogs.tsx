"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Star, Trash2 } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";
import type { ListTools, SavedFilterView } from "@/lib/list-tools/ui-types";
import { withQuery } from "@/components/records/list-url";

type Run = (work: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, { key: string }> }>, after?: () => void) => void;

/** « Enregistrer le filtre »: the name, and whether the list opens with it (saved-filters.tsx's dialog). */
export function SaveFilterForm({ tools, pending, alert, run, onSaved }: { tools: ListTools; pending: boolean; alert: React.ReactNode; run: Run; onSaved: () => void }) {
  const t = useTranslations();
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        run(() => tools.saveFilter({ name: String(data.get("name") ?? ""), query: tools.query, isDefault: data.get("isDefault") === "1" }), onSaved);
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
  );
}

/** « Mes filtres »: each saved filter, to apply, rename, make the default or delete (saved-filters.tsx's dialog). */
export function SavedFilterList({ basePath, tools, pending, run, onApply }: { basePath: string; tools: ListTools; pending: boolean; run: Run; onApply: () => void }) {
  const t = useTranslations("listTools");
  return tools.savedFilters.length === 0 ? (
    <p className="text-sm text-slate-600 dark:text-slate-300">{t("noFilters")}</p>
  ) : (
    <ul className="space-y-2">
      {tools.savedFilters.map((f) => (
        <SavedFilterRow key={f.id} filter={f} basePath={basePath} pending={pending} onApply={onApply} run={run} tools={tools} />
      ))}
    </ul>
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
  run: Run;
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
