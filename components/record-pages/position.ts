import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ModuleScreens } from "@/lib/modules/screens";
import { listQueryString, parseListParams, type SearchParams } from "@/lib/records/list-params";

/**
 * When a record is opened from a list (?from=list plus that list's query), where it stands in that list and its
 * neighbours; null otherwise.
 */
export async function listPositionFor(screens: ModuleScreens, id: string, searchParams: SearchParams, user: CurrentUser) {
  if (searchParams.from !== "list") return null;
  const sortable = screens.def.fields.filter((f) => f.sortable).map((f) => f.name);
  const { params } = parseListParams({ ...searchParams, cursor: undefined, before: undefined }, { sortable, defaultSort: screens.def.defaultSort });
  const position = await screens.queries.position(id, params, user);
  if (!position) return null;
  const list = listQueryString({ q: params.q, sort: params.sort, dir: params.dir, mine: params.mine }, screens.def.defaultSort).replace(/^\?/, "");
  return { ...position, query: `from=list${list ? `&${list}` : ""}` };
}
