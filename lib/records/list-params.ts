// List state comes from the URL, so every value is untrusted: anything unexpected falls back to the default
// and is reported in `refused` (for logging / a notice), never passed on to a query.
import { filterParams, parseFilters } from "@/lib/records/filters";
import type { ListParams, ModuleDef } from "@/lib/records/types";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "@/lib/records/page-sizes";

type Dir = ListParams["dir"];
export type SortSpec = { field: string; dir: Dir };
export type SearchParams = Record<string, string | string[] | undefined>;

const MAX_Q = 200;
export { PAGE_SIZES, DEFAULT_PAGE_SIZE };
const MAX_START = 10_000_000;
const MAX_CURSOR = 500;

// Without an explicit dir, the default sort keeps its own direction and any other column goes ascending.
const defaultDir = (sort: string, def: SortSpec): Dir => (sort === def.field ? def.dir : "asc");

export function parseListParams(
  search: SearchParams,
  opts: { sortable: readonly string[]; defaultSort: SortSpec },
): { params: ListParams; refused: string[] } {
  const refused: string[] = [];
  // One value per key: a repeated key is refused rather than guessed at.
  const one = (key: string): string | undefined => {
    const v = search[key];
    if (Array.isArray(v)) {
      refused.push(key);
      return undefined;
    }
    return v;
  };

  let q = (one("q") ?? "").trim();
  if (q.length > MAX_Q) {
    refused.push("q");
    q = "";
  }

  let sort = opts.defaultSort.field;
  const rawSort = one("sort");
  if (rawSort !== undefined && rawSort !== "") {
    if (opts.sortable.includes(rawSort)) sort = rawSort;
    else refused.push("sort");
  }

  let dir = defaultDir(sort, opts.defaultSort);
  const rawDir = one("dir");
  if (rawDir === "asc" || rawDir === "desc") dir = rawDir;
  else if (rawDir !== undefined && rawDir !== "") refused.push("dir");

  let cursor: string | null = null;
  const rawCursor = one("cursor");
  if (rawCursor !== undefined && rawCursor !== "") {
    if (rawCursor.length <= MAX_CURSOR) cursor = rawCursor;
    else refused.push("cursor");
  }

  const flag = (key: string): boolean => {
    const v = one(key);
    if (v === undefined || v === "" || v === "0") return false;
    if (v === "1") return true;
    refused.push(key);
    return false;
  };
  const before = flag("before") && cursor !== null;
  const mine = flag("mine");

  let size = DEFAULT_PAGE_SIZE;
  const rawSize = one("size");
  if (rawSize !== undefined && rawSize !== "") {
    if ((PAGE_SIZES as readonly number[]).includes(Number(rawSize))) size = Number(rawSize);
    else refused.push("size");
  }
  // Only the paging links set it; without a cursor the page is the first one whatever it says.
  let start = 1;
  const rawStart = one("start");
  if (rawStart !== undefined && rawStart !== "" && cursor !== null) {
    if (/^\d{1,8}$/.test(rawStart) && Number(rawStart) >= 1 && Number(rawStart) <= MAX_START) start = Number(rawStart);
    else refused.push("start");
  }

  return { params: { q, sort, dir, cursor, before, mine, size, start }, refused };
}

/** "?q=…&sort=…" for links (or "" when everything is at its default); parseListParams reads it back. */
export function listQueryString(params: Partial<ListParams>, defaultSort?: SortSpec): string {
  const out = new URLSearchParams();
  const q = params.q?.trim();
  if (q) out.set("q", q);
  const sort = params.sort;
  if (sort && sort !== defaultSort?.field) out.set("sort", sort);
  if (params.dir) {
    const implied = defaultSort ? defaultDir(sort ?? defaultSort.field, defaultSort) : undefined;
    if (params.dir !== implied) out.set("dir", params.dir);
  }
  if (params.cursor) {
    out.set("cursor", params.cursor);
    if (params.before) out.set("before", "1");
  }
  if (params.mine) out.set("mine", "1");
  if (params.size && params.size !== DEFAULT_PAGE_SIZE) out.set("size", String(params.size));
  for (const [k, v] of filterParams(params.criteria ?? [])) out.append(k, v);
  const s = out.toString();
  return s ? `?${s}` : "";
}

/** A module list's whole state from its address: sort, paging, quick search and the « Filtre avancé » criteria. */
export function listParamsFor(def: ModuleDef, search: SearchParams): { params: ListParams; refused: string[] } {
  const sortable = def.fields.filter((f) => f.sortable).map((f) => f.name);
  const base = parseListParams(search, { sortable, defaultSort: def.defaultSort });
  const filters = parseFilters(search, def);
  return { params: { ...base.params, criteria: filters.criteria }, refused: [...base.refused, ...filters.refused] };
}
