"use client";
import { useMemo, useRef } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, Plus, Search, Star } from "lucide-react";
import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { FieldDef, ModuleDef, RecordRow } from "@/lib/records/types";
import type { ListScreenProps } from "@/lib/records/ui-types";
import { DisplayValueView } from "@/components/records/display-value";
import { listSearchParams, withQuery, type ListState } from "@/components/records/list-url";

// Display columns only: sorting, paging and filtering happen on the server. Features (column visibility, row
// selection for bulk actions) get registered here when those tools arrive.
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, RecordRow>();

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100";

/**
 * The list screen body: quick search, « Mes éléments », count, « Créer … », the table (md and up) or cards
 * (phones), and « Précédent » / « Suivant ». Everything it shows comes from the URL the server read.
 */
export function RecordList({ def, basePath, page, params, canCreate, favoriteIds }: ListScreenProps & { favoriteIds?: string[] }) {
  const t = useTranslations();
  const fieldOf = useMemo(() => new Map<string, FieldDef>(def.fields.map((f) => [f.name, f])), [def.fields]);
  const favorites = useMemo(() => new Set(favoriteIds ?? []), [favoriteIds]);
  const recordHref = (id: string) => withQuery(`${basePath}/${id}`, listSearchParams(params, { from: "list" }));
  const label = (field: string) => t(`modules.${def.key}.fields.${field}`);

  const columns = useMemo(() => {
    const href = (id: string) => withQuery(`${basePath}/${id}`, listSearchParams(params, { from: "list" }));
    return def.listColumns.map((name, index) =>
      helper.display({
        id: name,
        header: () => <SortHeader def={def} field={fieldOf.get(name)} name={name} basePath={basePath} params={params} />,
        cell: ({ row }) =>
          index === 0 ? (
            <span className="inline-flex items-center gap-1">
              {favorites.has(row.original.id) && <Star className="size-3.5 shrink-0 fill-current text-brand-600" aria-label={t("records.favorite")} />}
              <Link href={href(row.original.id)} className={linkClass}>
                {firstColumnText(row.original, name)}
              </Link>
            </span>
          ) : (
            <DisplayValueView value={row.original.values[name]} field={fieldOf.get(name)} />
          ),
      }),
    );
  }, [def, fieldOf, basePath, params, favorites, t]);
  const table = useTable({ features, columns, data: page.rows, getRowId: (row) => row.id });

  const searching = params.q !== "";
  return (
    <div className="space-y-[var(--gap)]">
      <div className="flex flex-wrap items-center gap-[var(--gap)]">
        <SearchForm def={def} basePath={basePath} params={params} />
        <Count moduleKey={def.key} count={page.count} capped={page.capped} />
        {/* Advanced filter, saved filters, column chooser, CSV export and bulk actions slot into this row. */}
        {canCreate && (
          <Link href={`${basePath}/new`} className="btn btn-primary ml-auto">
            <Plus className="size-4" aria-hidden /> {t(`modules.${def.key}.create`)}
          </Link>
        )}
      </div>

      {page.rows.length === 0 ? (
        <EmptyState def={def} basePath={basePath} params={params} searching={searching} />
      ) : (
        <>
          <div className="card hidden overflow-x-auto !p-0 md:block">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-600 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300">
                {table.getHeaderGroups().map((group) => (
                  <tr key={group.id}>
                    {group.headers.map((header) => (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={params.sort === header.column.id ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
                        className="px-[var(--pad-x)] py-[var(--row-y)] font-semibold whitespace-nowrap"
                      >
                        {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                      </th>
                    ))}
                  </tr>
                ))}
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/60">
                    {row.getAllCells().map((cell, i) => (
                      // The record's name never breaks at its hyphen (« Côté-Tremblay »).
                      <td key={cell.id} className={`px-[var(--pad-x)] py-[var(--row-y)] align-top ${i === 0 ? "min-w-40" : ""}`}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <ul className="space-y-[var(--gap)] md:hidden" aria-label={t(`modules.${def.key}.name`)}>
            {page.rows.map((row) => (
              <li key={row.id} className="card">
                <Link href={recordHref(row.id)} className={`${linkClass} inline-flex items-center gap-1`}>
                  {favorites.has(row.id) && <Star className="size-3.5 shrink-0 fill-current text-brand-600" aria-label={t("records.favorite")} />}
                  {row.title || firstColumnText(row, def.listColumns[0])}
                </Link>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                  {def.listColumns.slice(1, 5).map((name) => (
                    <div key={name} className="contents">
                      <dt className="text-slate-500 dark:text-slate-400">{label(name)}</dt>
                      <dd className="min-w-0 break-words">
                        <DisplayValueView value={row.values[name]} field={fieldOf.get(name)} />
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}

      <Pagination basePath={basePath} params={params} prevCursor={page.prevCursor} nextCursor={page.nextCursor} />
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

/** « 12 clients » (the module's own plural when it has one, else « 12 fiches »), or « 1 000+ fiches » when capped. */
function Count({ moduleKey, count, capped }: { moduleKey: string; count: number; capped: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const own = `modules.${moduleKey}.count`;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
      {capped ? t("records.countCapped", { count: format.number(count) }) : t.has(own) ? t(own, { count }) : t("records.count", { count })}
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

function Pagination({ basePath, params, prevCursor, nextCursor }: { basePath: string; params: ListState; prevCursor: string | null; nextCursor: string | null }) {
  const t = useTranslations("records");
  if (!prevCursor && !nextCursor) return null;
  const disabled = "btn btn-secondary pointer-events-none opacity-50";
  return (
    <nav aria-label={t("pagination")} className="flex justify-end gap-2">
      {prevCursor ? (
        <Link href={withQuery(basePath, listSearchParams(params, { cursor: prevCursor, before: "1" }))} className="btn btn-secondary" rel="prev">
          <ChevronLeft className="size-4" aria-hidden /> {t("previous")}
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          <ChevronLeft className="size-4" aria-hidden /> {t("previous")}
        </span>
      )}
      {nextCursor ? (
        <Link href={withQuery(basePath, listSearchParams(params, { cursor: nextCursor }))} className="btn btn-secondary" rel="next">
          {t("next")} <ChevronRight className="size-4" aria-hidden />
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          {t("next")} <ChevronRight className="size-4" aria-hidden />
        </span>
      )}
    </nav>
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
