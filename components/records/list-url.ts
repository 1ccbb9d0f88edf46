// List state lives in the URL. These helpers build the query strings the list, the detail and the form pass along.
import type { ListScreenProps } from "@/lib/records/ui-types";
import { filterParams } from "@/lib/records/criteria";
import { DEFAULT_PAGE_SIZE } from "@/lib/records/page-sizes";

export type ListState = ListScreenProps["params"];

/** q / sort / dir / mine / size and the filter's criteria as URL parameters (empty search and "mine off" are left out). */
export function listSearchParams(params: ListState, overrides: Record<string, string | null> = {}): URLSearchParams {
  const sp = new URLSearchParams();
  if (params.q) sp.set("q", params.q);
  if (params.sort) sp.set("sort", params.sort);
  if (params.dir) sp.set("dir", params.dir);
  if (params.mine) sp.set("mine", "1");
  if (params.size && params.size !== DEFAULT_PAGE_SIZE) sp.set("size", String(params.size));
  for (const [key, value] of filterParams(params.criteria ?? [])) sp.append(key, value);
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) sp.delete(key);
    else sp.set(key, value);
  }
  return sp;
}

/** `path?query`, or just `path` when the query is empty. */
export function withQuery(path: string, query: URLSearchParams | string): string {
  const qs = typeof query === "string" ? query.replace(/^\?/, "") : query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The list's own query from a detail/edit query string: the same parameters without `from`. */
export function listQueryOf(query: string): string {
  const sp = new URLSearchParams(query);
  sp.delete("from");
  return sp.toString();
}
