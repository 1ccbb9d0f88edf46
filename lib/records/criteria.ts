// A list's filter criteria and their address form, without the parser: the browser's list, detail and form screens
// build their links with filterParams, and the parser (lib/records/filters.ts) brings zod with it.

export type Criterion =
  | { field: string; op: "contains" | "starts"; value: string }
  | { field: string; op: "in"; values: string[] }
  | { field: string; op: "range"; from: string | null; to: string | null }
  | { field: string; op: "is"; value: string }
  | { field: string; op: "empty" | "notEmpty" };
export type Op = Criterion["op"];

/** The criteria back as address parameters (the panel's links, saved filters, the export link). */
export function filterParams(criteria: readonly Criterion[]): [string, string][] {
  const out: [string, string][] = [];
  for (const c of criteria) {
    const key = `f.${c.field}`;
    out.push([key, c.op]);
    if (c.op === "contains" || c.op === "starts" || c.op === "is") out.push([`${key}.v`, c.value]);
    if (c.op === "in") for (const v of c.values) out.push([`${key}.v`, v]);
    if (c.op === "range") {
      if (c.from) out.push([`${key}.v`, c.from]);
      if (c.to) out.push([`${key}.to`, c.to]);
    }
  }
  return out;
}
