import type { BuilderSpec } from "@/lib/reports/builder/spec";
import type { RawSearch } from "@/lib/records/filters";

/** The builder's address for a spec (module, shown columns, grouping, criteria as the list writes them). */
export function builderQuery(spec: BuilderSpec, extra: Record<string, string> = {}): URLSearchParams {
  const q = new URLSearchParams(spec.query);
  q.set("module", spec.module);
  for (const c of spec.columns) q.append("show", c);
  if (spec.groupBy) q.set("group", spec.groupBy);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q;
}

export const firstOf = (search: RawSearch, key: string): string | undefined => {
  const v = search[key];
  return Array.isArray(v) ? v[0] : v;
};

export const allOf = (search: RawSearch, key: string): string[] => {
  const v = search[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};
