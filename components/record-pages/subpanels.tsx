import { getLocale, getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canModule } from "@/lib/auth/access";
import { Link } from "@/lib/i18n/navigation";
import { modelOf } from "@/lib/modules/registry";
import type { RecordModel } from "@/lib/records/model";
import type { SearchParams } from "@/lib/records/list-params";
import { parentColumns, type ListParams, type RecordSubpanel } from "@/lib/records/types";
import { DisplayValueView } from "@/components/records/display-value";
import { linkRecord, searchRecords } from "@/lib/records/actions";
import { SubpanelSelect, SubpanelUnlink, type LinkAction } from "@/components/records/subpanel-link";
import { SubpanelPager, cursorParams } from "@/components/record-pages/subpanel-pager";
import { ActivitySubpanel } from "@/components/activities/activity-subpanel";
import { PanelUpload, panelLinkAction } from "@/components/files/panel-files";
import { ModulePanels } from "@/components/modules/module-panels";

const PAGE = 10;

/** The related lists the definition declares (a partner's contacts, later a client's activities …). */
export async function Subpanels({ parent, parentId, searchParams, user }: { parent: RecordModel; parentId: string; searchParams: SearchParams; user: CurrentUser }) {
  const row = parent.def.subpanels.some((p) => p.kind !== "activities" && p.match) ? (await parent.detail(parentId, user))?.row : undefined;
  return (
    <>
      {parent.def.subpanels.map((panel) => {
        if (panel.kind === "activities")
          return <ActivitySubpanel key={`activities:${panel.state}`} state={panel.state} parentKey={parent.key} parentId={parentId} searchParams={searchParams} user={user} />;
        // A panel may list the records of another record this one names (an SAE file's client's services).
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
async function SubpanelSection({ panel, parentKey, parentId, matchId, searchParams, user }: { panel: RecordSubpanel; parentKey: string; parentId: string; matchId: string; searchParams: SearchParams; user: CurrentUser }) {
  const child = modelOf(panel.module);
  if (!child || !(await canModule(user, child.key, "read"))) return null;
  const [hide, canEdit, canCreate] = await Promise.all([child.hiddenFields(user), canModule(user, child.key, "edit"), canModule(user, child.key, "create")]);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const param = `${panel.module}Page`;
  const sort = panel.sort ?? { field: "createdAt", dir: "desc" as const };
  const params: ListParams = { q: "", sort: sort.field, dir: sort.dir, ...cursorParams(searchParams, param), mine: false, locale };
  // A « Lié à » field points here through this module's own column; some children are also attached otherwise.
  const viaField = child.def.fields.find((f) => f.name === panel.via);
  const column = viaField?.kind === "parent" ? parentColumns(viaField)[parentKey] : panel.via;
  if (!column) return null;
  const where = await child.subpanelWhere(column, matchId, { module: parentKey, id: parentId }, user);
  // The row's link is its title; the first list column (the name) is not repeated beside it.
  const columns = (panel.columns ? ["", ...panel.columns] : child.def.listColumns.filter((c) => c !== panel.via).slice(0, 4)).filter((c) => !hide.has(c));
  const page = await child.list(params, user, [where], PAGE, panel.columns ? columns : undefined);
  const fieldOf = new Map(child.def.fields.map((f) => [f.name, f]));
  const headingId = `subpanel-${panel.module}`;
  const linkable = panel.linkable && canEdit;
  const link = (panelLinkAction(child.key, parentKey, parentId) ?? linkRecord.bind(null, child.key)) as LinkAction;
  const createVia = viaField?.kind === "parent" ? `${parentKey}:${matchId}` : matchId;
  return (
    <section className="card min-w-0" aria-labelledby={headingId}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {t(`modules.${panel.module}.name` as never)}{" "}
          <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({page.capped ? `${page.count}+` : page.count})</span>
        </h2>
        {canCreate && (
          <Link href={`/${panel.module}/new?${panel.via}=${encodeURIComponent(createVia)}`} className="btn btn-secondary !py-1 text-sm">
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
      {panel.upload && canCreate && <PanelUpload module={child.key} parentKey={parentKey} parentId={parentId} searchParams={searchParams} />}
      {linkable && (
        <SubpanelSelect id={`${headingId}-select`} via={panel.via} parentId={matchId} search={searchRecords.bind(null, child.key)} link={link} label={t("records.selectLabel")} />
      )}
      <SubpanelPager param={param} path={`/${parentKey}/${parentId}`} headingId={headingId} searchParams={searchParams} prevCursor={page.prevCursor} nextCursor={page.nextCursor} />
    </section>
  );
}
