import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { modelOf } from "@/lib/modules/registry";
import type { RecordModel } from "@/lib/records/model";
import type { SearchParams } from "@/lib/records/list-params";
import type { ListParams, Subpanel } from "@/lib/records/types";
import { DisplayValueView } from "@/components/records/display-value";
import { linkRecord, searchRecords } from "@/lib/records/actions";
import { SubpanelSelect, SubpanelUnlink, type LinkAction } from "@/components/records/subpanel-link";
import { ModulePanels } from "@/components/modules/module-panels";

const PAGE = 10;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 2000 ? v : null);

/** The related lists the definition declares (a partner's contacts, later a client's activities …). */
export async function Subpanels({ parent, parentId, searchParams, user }: { parent: RecordModel; parentId: string; searchParams: SearchParams; user: CurrentUser }) {
  const row = parent.def.subpanels.some((p) => p.match) ? (await parent.detail(parentId, user))?.row : undefined;
  return (
    <>
      {parent.def.subpanels.map((panel) => {
        const matched = panel.match ? row?.[panel.match] : parentId;
        if (typeof matched !== "string" || matched === "") return null;
        return <SubpanelSection key={`${panel.module}:${panel.via}`} panel={panel} parentKey={parent.key} parentId={parentId} matchId={matched} searchParams={searchParams} user={user} />;
      })}
      <ModulePanels moduleKey={parent.key} recordId={parentId} row={row} user={user} />
    </>
  );
}

/**
 * One related list: its count, a page of rows newest first (or the declared order) with « Précédent » / « Suivant »
 * kept in the address (no silent cap), and « Créer » with the parent already set.
 */
async function SubpanelSection({ panel, parentKey, parentId, matchId, searchParams, user }: { panel: Subpanel; parentKey: string; parentId: string; matchId: string; searchParams: SearchParams; user: CurrentUser }) {
  const child = modelOf(panel.module);
  if (!child) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const param = `${panel.module}Page`;
  const cursor = one(searchParams[param]);
  const sort = panel.sort ?? { field: "createdAt", dir: "desc" as const };
  const params: ListParams = { q: "", sort: sort.field, dir: sort.dir, cursor, before: searchParams[`${param}Before`] === "1", mine: false, locale };
  const page = await child.list(params, user, [{ [panel.via]: matchId }], PAGE);
  const columns = child.def.listColumns.filter((c) => c !== panel.via).slice(0, 4);
  const fieldOf = new Map(child.def.fields.map((f) => [f.name, f]));
  const headingId = `subpanel-${panel.module}`;
  const linkable = panel.linkable && can(user, "record.update");
  const link = linkRecord.bind(null, child.key) as LinkAction;
  const pageHref = (c: string, before: boolean) => {
    const q = new URLSearchParams(Object.entries(searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith(param)));
    q.set(param, c);
    if (before) q.set(`${param}Before`, "1");
    return `/${parentKey}/${parentId}?${q.toString()}#${headingId}`;
  };
  return (
    <section className="card min-w-0" aria-labelledby={headingId}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {t(`modules.${panel.module}.name` as never)}{" "}
          <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({page.capped ? `${page.count}+` : page.count})</span>
        </h2>
        {can(user, "record.create") && (
          <Link href={`/${panel.module}/new?${panel.via}=${encodeURIComponent(matchId)}`} className="btn btn-secondary !py-1 text-sm">
            <Plus className="size-4" aria-hidden /> {t(`modules.${panel.module}.create` as never)}
          </Link>
        )}
      </div>
      {page.rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("records.subpanelEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700">
          {page.rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-0.5 py-[var(--row-y)] text-sm">
              <Link href={`/${panel.module}/${row.id}`} className="min-w-0 font-medium wrap-anywhere text-brand-700 hover:underline dark:text-brand-100">
                {row.title || t("records.untitled")}
              </Link>
              {columns.slice(1).map((c) => (
                <span key={c} className="min-w-0 wrap-anywhere text-slate-600 dark:text-slate-400">
                  <DisplayValueView value={row.values[c]} field={fieldOf.get(c)} />
                </span>
              ))}
              {linkable && (
                <span className="ml-auto">
                  <SubpanelUnlink id={row.id} via={panel.via} title={row.title} link={link} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {linkable && (
        <SubpanelSelect id={`${headingId}-select`} via={panel.via} parentId={matchId} search={searchRecords.bind(null, child.key)} link={link} label={t("records.selectLabel")} />
      )}
      {(page.prevCursor || page.nextCursor) && (
        <nav className="mt-2 flex gap-2 text-sm" aria-label={t("records.pagination")}>
          {page.prevCursor && (
            <Link href={pageHref(page.prevCursor, true)} className="btn btn-ghost !py-1" rel="prev">
              {t("records.previous")}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={pageHref(page.nextCursor, false)} className="btn btn-ghost !py-1" rel="next">
              {t("records.next")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
