import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchGroup } from "@/lib/list-tools/global-search";

/** Results of the search across modules, grouped by module; each opens its record, the group's link its list. */
export function SearchResults({ q, groups, onPick }: { q: string; groups: SearchGroup[]; onPick?: () => void }) {
  const t = useTranslations();
  if (groups.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t("listTools.globalNoMatch", { q })}</p>;
  return (
    <div className="space-y-3">
      {groups.map((g) => (
        <section key={g.module} aria-labelledby={`search-${g.module}`}>
          <h2 id={`search-${g.module}`} className="text-sm font-semibold text-slate-700 dark:text-slate-200">
            {t(`modules.${g.module}.name` as never)} ({g.capped ? `${g.count}+` : g.count})
          </h2>
          <ul className="mt-1">
            {g.results.map((r) => (
              <li key={r.id}>
                <Link href={`/${g.module}/${r.id}`} onClick={onPick} className="block rounded px-2 py-1 text-brand-700 hover:bg-slate-100 dark:text-brand-100 dark:hover:bg-slate-800">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
          <Link href={`/${g.module}?q=${encodeURIComponent(q)}`} onClick={onPick} className="px-2 text-xs text-slate-600 underline dark:text-slate-300">
            {t("listTools.globalSeeAll", { count: g.capped ? `${g.count}+` : String(g.count), module: t(`modules.${g.module}.name` as never) })}
          </Link>
        </section>
      ))}
    </div>
  );
}
