"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ArrowUpDown, Plus, Search } from "lucide-react";
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { FieldDef, ModuleDef, RecordRow } from "@/lib/records/types";
import type { ListScreenProps } from "@/lib/records/ui-types";
import { DisplayValueView, isBlank } from "@/components/records/display-value";
import { textTemplate } from "@/lib/i18n/text-template";
import { FavoriteStar } from "@/components/records/favorite-star";
import { QuickViewDialog, type QuickViewTarget } from "@/components/records/quick-view-dialog";
import { listSearchParams, withQuery, type ListState } from "@/components/records/list-url";
import { Paging } from "@/components/list-tools/paging";
import { ListToolbar, SelectCell, SelectPageHeader, useSelection } from "@/components/list-tools/list-toolbar";

// Display columns only: sorting, paging and filtering happen on the server; the chosen columns come from the
// server too, and the row selection for « Action Lot » is kept here (list-toolbar.tsx).
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, RecordRow>();

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100";
const INFO = "__info";
const SELECT = "__select";
const STAR = "record-list-star";
const INFO_ICON = "record-list-info";

/** The rows' two icons (lucide's star and info), defined once and drawn with <use>. */
function RowIcons() {
  const stroke = { fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round" } as const;
  return (
    <svg width="0" height="0" className="absolute" aria-hidden>
      <symbol id={STAR} viewBox="0 0 24 24">
        <path
          stroke="currentColor"
          strokeWidth={2}
          strokeLinejoin="round"
          d="M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z"
        />
      </symbol>
      <symbol id={INFO_ICON} viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="10" {...stroke} />
        <path d="M12 16v-4M12 8h.01" {...stroke} />
      </symbol>
    </svg>
  );
}

/**
 * The list screen body: quick search, « Mes éléments », count, « Créer … », one table, and « Précédent » /
 * « Suivant ». Under `md` the same table shows each row as a card (globals.css, `.record-table`: each cell's
 * `data-label` becomes its label), so the page is sent once and works before scripts load. Each row has the
 * guide's star and its « i » (quick view). Everything it shows comes from the URL the server read.
 */
export function RecordList({ def, basePath, page, params, canCreate, favoriteIds, toggleFavorite, quickView, columns: chosen, tools }: ListScreenProps) {
  const t = useTranslations();
  const listColumns = chosen ?? def.listColumns;
  const selection = useSelection(page.rows, `${basePath}?${tools?.query ?? ""}`);
  const selecting = !!tools?.bulk;
  const fieldOf = useMemo(() => new Map<string, FieldDef>(def.fields.map((f) => [f.name, f])), [def.fields]);
  const favorites = useMemo(() => new Set(favoriteIds ?? []), [favoriteIds]);
  const [quick, setQuick] = useState<QuickViewTarget | null>(null);
  const closeQuick = useCallback(() => setQuick(null), []);

  // Per-row labels: each message formatted once for the page, not once per row.
  const rowLabel = useMemo(
    () => ({
      favorite: textTemplate((v) => t("records.favoriteOf", v), "title"),
      select: textTemplate((v) => t("listTools.selectRow", v), "title"),
      quickView: textTemplate((v) => t("records.quickViewOf", v), "title"),
      field: new Map(listColumns.map((name) => [name, t(`modules.${def.key}.fields.${name}`)])),
    }),
    [t, def.key, listColumns],
  );

  const columns = useMemo(() => {
    const href = (id: string) => withQuery(`${basePath}/${id}`, listSearchParams(params, { from: "list" }));
    const named = listColumns.map((name, index) =>
      helper.display({
        id: name,
        header: () => <SortHeader def={def} field={fieldOf.get(name)} name={name} basePath={basePath} params={params} />,
        cell: ({ row }) =>
          index === 0 ? (
            <span className="record-table-title">
              {toggleFavorite && (
                <FavoriteStar
                  module={def.key}
                  id={row.original.id}
                  initial={favorites.has(row.original.id)}
                  toggle={toggleFavorite}
                  label={rowLabel.favorite(row.original.title || firstColumnText(row.original, name))}
                  sprite={STAR}
                />
              )}
              <Link href={href(row.original.id)} className="record-table-name">
                {firstColumnText(row.original, name)}
              </Link>
            </span>
          ) : (
            <DisplayValueView value={row.original.values[name]} field={fieldOf.get(name)} />
          ),
      }),
    );
    const select = helper.display({
      id: SELECT,
      header: () => <SelectPageHeader selection={selection} />,
      cell: ({ row }) => <SelectCell selection={selection} row={row.original} label={rowLabel.select(row.original.title || firstColumnText(row.original, listColumns[0]))} />,
    });
    const withSelect = selecting ? [select, ...named] : named;
    if (!quickView) return withSelect;
    const info = helper.display({
      id: INFO,
      header: () => <span className="sr-only">{t("records.quickView")}</span>,
      cell: ({ row }) => {
        const title = row.original.title || firstColumnText(row.original, listColumns[0]);
        const target = { id: row.original.id, title, href: href(row.original.id) };
        // A link to the record until scripts run; then the quick view over the list.
        return (
          <Link
            href={target.href}
            aria-label={rowLabel.quickView(title)}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              setQuick(target);
            }}
          >
            <svg className="size-4" aria-hidden>
              <use href={`#${INFO_ICON}`} />
            </svg>
          </Link>
        );
      },
    });
    return [...withSelect, info];
  }, [def, fieldOf, basePath, params, favorites, toggleFavorite, quickView, t, rowLabel, listColumns, selecting, selection]);
  const table = useTable({ features, columns, data: page.rows, getRowId: (row) => row.id });

  const searching = params.q !== "";
  return (
    <div className="space-y-[var(--gap)]">
      <div className="flex flex-wrap items-center gap-[var(--gap)]">
        <SearchForm def={def} basePath={basePath} params={params} />
        <Count moduleKey={def.key} count={page.count} capped={page.capped} />
        {canCreate && (
          <Link href={`${basePath}/new`} className="btn btn-primary ml-auto">
            <Plus className="size-4" aria-hidden /> {t(`modules.${def.key}.create`)}
          </Link>
        )}
      </div>
      {tools && <ListToolbar moduleKey={def.key} basePath={basePath} params={params} tools={tools} page={page} columns={listColumns} selection={selection} />}

      {page.rows.length === 0 ? (
        <EmptyState def={def} basePath={basePath} params={params} searching={searching} />
      ) : (
        <div className="record-table-wrap">
          <RowIcons />
          <table className="record-table" aria-label={t(`modules.${def.key}.name`)}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col" aria-sort={params.sort === header.column.id ? (params.dir === "asc" ? "ascending" : "descending") : undefined}>
                      {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getAllCells().map((cell, i) => {
                    const name = cell.column.id;
                    // The first cell is the card's heading and the « i » its corner: neither needs a label.
                    const labelled = i > (selecting ? 1 : 0) && name !== INFO && name !== SELECT;
                    return (
                      <td
                        key={cell.id}
                        data-label={labelled ? rowLabel.field.get(name) : undefined}
                        data-blank={labelled && isBlank(row.original.values[name]) ? "" : undefined}
                        className={name === INFO ? "record-table-info" : name === SELECT ? "record-table-select" : undefined}
                      >
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Paging basePath={basePath} params={params} rows={page.rows.length} count={page.count} capped={page.capped} prevCursor={page.prevCursor} nextCursor={page.nextCursor} />
      {quickView && <QuickViewDialog def={def} target={quick} load={quickView} onClose={closeQuick} />}
    </div>
  );
}

/** The first column's text: its value, or the record title when that value is empty (the link needs a name). */
function firstColumnText(row: RecordRow, name: string | undefined): string {
  const value = name ? row.values[name] : null;
  if (typeof value === "string" && value) return value;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && !Array.isArray(value)) return value.label;
  return row.title;
}

function SearchForm({ def, basePath, params }: { def: ModuleDef; basePath: string; params: ListState }) {
  const t = useTranslations("records");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  // Without JavaScript this is a plain GET form on the current address; with it, the locale-aware router.
  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const q = String(data.get("q") ?? "").trim();
    const mine = data.get("mine") === "1";
    router.push(withQuery(basePath, listSearchParams({ ...params, q, mine })));
  };
  return (
    <form
      ref={formRef}
      method="get"
      role="search"
      aria-label={t("searchLabel")}
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit(e.currentTarget);
      }}
    >
      <div className="relative">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
        <input
          type="search"
          name="q"
          defaultValue={params.q}
          key={params.q}
          maxLength={255}
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchPlaceholder")}
          className="input !w-64 max-w-full !pl-8"
        />
      </div>
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <button type="submit" className="btn btn-secondary">
        {t("search")}
      </button>
      {def.assignable && (
        <label className="flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            name="mine"
            value="1"
            defaultChecked={params.mine}
            key={String(params.mine)}
            className="size-4"
            onChange={() => formRef.current && submit(formRef.current)}
          />
          {t("myItems")}
        </label>
      )}
    </form>
  );
}

/**
 * « 12 clients », or « 1 000+ clients » when capped, in the module's own word when it has one (else « fiches »).
 */
function Count({ moduleKey, count, capped }: { moduleKey: string; count: number; capped: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const own = `modules.${moduleKey}.${capped ? "countCapped" : "count"}`;
  const shared = capped ? "records.countCapped" : "records.count";
  const values = capped ? { count: format.number(count) } : { count };
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
      {t.has(own) ? t(own, values) : t(shared, values)}
    </p>
  );
}

function SortHeader({ def, field, name, basePath, params }: { def: ModuleDef; field?: FieldDef; name: string; basePath: string; params: ListState }) {
  const t = useTranslations();
  const text = t(`modules.${def.key}.fields.${name}`);
  if (!field?.sortable) return <>{text}</>;
  const active = params.sort === name;
  const dir = active && params.dir === "asc" ? "desc" : "asc";
  const Icon = !active ? ArrowUpDown : params.dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <Link href={withQuery(basePath, listSearchParams(params, { sort: name, dir }))} className="inline-flex items-center gap-1 hover:text-brand-700 dark:hover:text-brand-100">
      {text}
      <Icon className={`size-3.5 ${active ? "" : "opacity-40"}`} aria-hidden />
      {active && <span className="sr-only">({t(params.dir === "asc" ? "records.sortAsc" : "records.sortDesc")})</span>}
    </Link>
  );
}

function EmptyState({ def, basePath, params, searching }: { def: ModuleDef; basePath: string; params: ListState; searching: boolean }) {
  const t = useTranslations("records");
  if (!searching) {
    return <p className="card text-sm text-slate-600 dark:text-slate-300">{params.mine ? t("listEmptyMine") : t("listEmpty")}</p>;
  }
  return (
    <div className="card space-y-1 text-sm text-slate-600 dark:text-slate-300">
      <p className="font-medium text-slate-800 dark:text-slate-100">{params.mine ? t("listNoMatchMine", { q: params.q }) : t("listNoMatch", { q: params.q })}</p>
      <p>{t("listNoMatchHint")}</p>
      {def.assignable && params.mine && <p>{t("listNoMatchMineHint")}</p>}
      <Link href={withQuery(basePath, listSearchParams({ ...params, q: "" }))} className={linkClass}>
        {t("clearSearch")}
      </Link>
    </div>
  );
}
