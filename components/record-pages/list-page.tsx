import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { SCREENS } from "@/lib/modules/screens";
import { parseListParams, type SearchParams } from "@/lib/records/list-params";
import { RecordList } from "@/components/records/record-list";

export async function recordListMetadata(moduleKey: string) {
  const t = await getTranslations();
  return { title: t(`modules.${moduleKey}.name` as never) };
}

/** Any record module's list: URL state parsed and checked, one keyset page, capped count. */
export async function RecordListPage({ moduleKey, searchParams }: { moduleKey: string; searchParams: SearchParams }) {
  const user = await requireUser("record.read");
  const { def, queries } = SCREENS[moduleKey];
  const sortable = def.fields.filter((f) => f.sortable).map((f) => f.name);
  const { params } = parseListParams(searchParams, { sortable, defaultSort: def.defaultSort });
  const page = await queries.list(params, user);
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t(`modules.${moduleKey}.name` as never)}</h1>
      <RecordList
        def={def}
        basePath={`/${moduleKey}`}
        page={page}
        params={{ q: params.q, sort: params.sort, dir: params.dir, mine: params.mine }}
        canCreate={can(user, "record.create")}
      />
    </div>
  );
}
