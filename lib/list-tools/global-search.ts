import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { MODULES } from "@/lib/modules/registry";
import { listStateOf } from "@/lib/list-tools/query";

export type SearchGroup = { module: string; count: number; capped: boolean; results: { id: string; title: string }[] };

/**
 * The top bar's search: the same token search as each list's quick search (names, e-mails, phones), run on every
 * registered module in the user's scope, a few results per module; modules without a match are left out.
 */
export async function searchAllModules(q: string, user: CurrentUser, take = 5): Promise<SearchGroup[]> {
  const query = q.trim().slice(0, 200);
  if (query.length < 2) return [];
  const groups = await Promise.all(
    Object.values(MODULES).map(async (model) => {
      const page = await model.list({ ...listStateOf(model.def, ""), q: query }, user, [], take, [model.def.listColumns[0]]);
      return { module: model.key, count: page.count, capped: page.capped, results: page.rows.map((r) => ({ id: r.id, title: r.title || String(r.values[model.def.listColumns[0]] ?? "") })) };
    }),
  );
  return groups.filter((g) => g.results.length > 0);
}
