import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { modelOf } from "@/lib/modules/registry";
import { quickView } from "@/lib/records/actions";
import { favoriteIdsAmong } from "@/lib/records/bookmarks";
import { toggleFavorite } from "@/lib/records/bookmark-actions";
import { listParamsFor, type SearchParams } from "@/lib/records/list-params";
import { defaultFilterOf, listColumnsOf } from "@/lib/list-tools/preferences";
import { canonicalQuery } from "@/lib/list-tools/query";
import { listToolsFor } from "@/components/record-pages/list-tools";
import { screensFor } from "@/components/record-pages/screens";
import { RecordList } from "@/components/records/record-list";
import { ModuleListLinks } from "@/components/modules/module-list-links";
import { ModuleMessages } from "@/components/ui/screen-messages";

export async function recordListMetadata(moduleKey: string) {
  const t = await getTranslations();
  return modelOf(moduleKey) ? { title: t(`modules.${moduleKey}.name` as never) } : {};
}

/**
 * Any record module's list: URL state parsed and checked (sort, paging, quick search, « Filtre avancé »), one
 * keyset page in the user's columns, capped count, the rows' stars, and the list tools. Opened bare, the list
 * applies the user's default saved filter (« nf=1 » opens it without).
 */
export async function RecordListPage({ moduleKey, searchParams }: { moduleKey: string; searchParams: SearchParams }) {
  const user = await requireUser("record.read");
  const screens = await screensFor(moduleKey, user);
  const { def, model } = screens;
  const locale = await getLocale();
  if (Object.keys(searchParams).length === 0) {
    const preset = await defaultFilterOf(user.id, def.key);
    if (preset) redirect(`/${locale}/${def.key}?${preset.query ? `${preset.query}&` : ""}saved=${preset.id}`);
  }
  const { params } = listParamsFor(def, searchParams);
  const { columns } = await listColumnsOf(user.id, def);
  const [page, t] = await Promise.all([model.list({ ...params, locale }, user, [], params.size, columns), getTranslations()]);
  const [favoriteIds, tools] = await Promise.all([favoriteIdsAmong(user.id, def.key, page.rows.map((r) => r.id)), listToolsFor(screens, user, params, searchParams, canonicalQuery(def, params))]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold">{t(`modules.${def.key}.name` as never)}</h1>
        {def.views?.map((view) => (
          <Link key={view} href={`/${def.key}/${view}`} className="text-sm text-brand-700 hover:underline dark:text-brand-100">
            {t(`modules.${def.key}.views.${view}` as never)}
          </Link>
        ))}
        <ModuleListLinks moduleKey={def.key} user={user} />
      </div>
      <ModuleMessages moduleKey={def.key}>
        <RecordList
          key={locale}
          def={def}
          basePath={`/${def.key}`}
          page={page}
          params={{ q: params.q, sort: params.sort, dir: params.dir, mine: params.mine, criteria: params.criteria, size: params.size, start: params.start }}
          canCreate={screens.can.create}
          favoriteIds={favoriteIds}
          toggleFavorite={toggleFavorite}
          quickView={quickView.bind(null, def.key)}
          columns={columns}
          tools={tools}
        />
      </ModuleMessages>
    </div>
  );
}
