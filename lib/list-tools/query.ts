// A list's state travels as an address query ("?q=…&f.city=starts&f.city.v=Iq"). Saved filters, the export link
// and « Action Lot » on every matching record all take one and read it back through the same strict parse.
import { listParamsFor, listQueryString, type SearchParams } from "@/lib/records/list-params";
import type { ListParams, ModuleDef } from "@/lib/records/types";

export const MAX_QUERY = 4000;

/** URLSearchParams as the record a page receives: a repeated key becomes an array. */
export function searchParamsOf(query: string | URLSearchParams): SearchParams {
  const sp = typeof query === "string" ? new URLSearchParams(query.replace(/^\?/, "").slice(0, MAX_QUERY)) : query;
  const out: SearchParams = {};
  for (const [k, v] of sp) {
    const had = out[k];
    out[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return out;
}

/** The list state an address names, checked against the module (paging position dropped). */
export function listStateOf(def: ModuleDef, query: string | URLSearchParams): ListParams {
  const search = searchParamsOf(query);
  delete search.cursor;
  delete search.before;
  delete search.start;
  return listParamsFor(def, search).params;
}

/** The same state written back in its one canonical form: only what the parse kept. */
export function canonicalQuery(def: ModuleDef, params: ListParams): string {
  const { q, sort, dir, mine, size, criteria } = params;
  return listQueryString({ q, sort, dir, mine, size, criteria }, def.defaultSort).replace(/^\?/, "");
}
