import "server-only";
import { getLocale } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { RecordModel } from "@/lib/records/model";
import { listParamsFor, listQueryString, type SearchParams } from "@/lib/records/list-params";

/**
 * When a record is opened from a list (?from=list plus that list's query), where it stands in that list and its
 * neighbours; null otherwise.
 */
export async function listPositionFor(model: RecordModel, id: string, searchParams: SearchParams, user: CurrentUser) {
  if (searchParams.from !== "list") return null;
  const def = model.def;
  const { params } = listParamsFor(def, { ...searchParams, cursor: undefined, before: undefined, start: undefined });
  const position = await model.position(id, { ...params, locale: await getLocale() }, user);
  if (!position) return null;
  const list = listQueryString({ q: params.q, sort: params.sort, dir: params.dir, mine: params.mine, size: params.size, criteria: params.criteria }, def.defaultSort).replace(/^\?/, "");
  return { ...position, query: `from=list${list ? `&${list}` : ""}` };
}
