import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { modelOf } from "@/lib/modules/registry";
import { quickView } from "@/lib/records/actions";
import { favoriteIdsAmong } from "@/lib/records/bookmarks";
import { toggleFavorite } from "@/lib/records/bookmark-actions";
import { parseListParams, type SearchParams } from "@/lib/records/list-params";
import { screensOf } from "@/components/record-pages/screens";
import { RecordList } from "@/components/records/record-list";
import { ModuleListLinks } from "@/components/modules/module-list-links";

export async function recordListMetadata(moduleKey: string) {
  const t = await getTranslations();
  return modelOf(moduleKey) ? { title: t(`modules.${moduleKey}.name` as never) } : {};
}

/** Any record module's list: URL state parsed and checked, one keyset page, capped count, the rows' stars. */
export async function RecordListPage({ moduleKey, searchParams }: { moduleKey: string; searchParams: SearchParams }) {
  const user = await requireUser("record.read");
  const { def, model } = screensOf(moduleKey);
  const sortable = def.fields.filter((f) => f.sortable).map((f) => f.name);
  const { params } = parseListParams(searchParams, { sortable, defaultSort: def.defaultSort });
  const locale = await getLocale();
  const [page, t] = await Promise.all([model.list({ ...params, locale }, user), getTranslations()]);
  const favoriteIds = await favoriteIdsAmong(user.id, def.key, page.rows.map((r) => r.id));
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
      <RecordList
        key={locale}
        def={def}
        basePath={`/${def.key}`}
        page={page}
        params={{ q: params.q, sort: params.sort, dir: params.dir, mine: params.mine }}
        canCreate={can(user, "record.create")}
        favoriteIds={favoriteIds}
        toggleFavorite={toggleFavorite}
        quickView={quickView.bind(null, def.key)}
      />
    </div>
  );
}
