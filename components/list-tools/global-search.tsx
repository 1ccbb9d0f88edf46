"use client";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/actions/errors";
import type { SearchGroup } from "@/lib/list-tools/global-search";
import { SearchResults } from "@/components/list-tools/search-results";

const DEBOUNCE_MS = 250;

/**
 * The top bar's search across modules: a GET form to /search (works before scripts load); with scripts, results
 * appear under the field as the user types, grouped by module. On a phone it is a button to the search page.
 */
export function GlobalSearch({ search }: { search: (input: { q: string }) => Promise<ActionResult<SearchGroup[]>> }) {
  const t = useTranslations("listTools");
  const locale = useLocale();
  const router = useRouter();
  const [q, setQ] = useState("");
  const [groups, setGroups] = useState<SearchGroup[] | null>(null);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await search({ q: query });
      if (live && result.ok) setGroups(result.data);
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, search]);

  useEffect(() => {
    const close = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);

  const showing = open && q.trim().length >= 2 && groups !== null;
  return (
    <div ref={box} className="relative" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <Link href="/search" className="btn btn-ghost !p-2 sm:hidden" aria-label={t("globalSearch")}>
        <Search className="size-5" aria-hidden />
      </Link>
      <form
        method="get"
        action={`/${locale}/search`}
        role="search"
        aria-label={t("globalSearch")}
        className="hidden sm:block"
        onSubmit={(e) => {
          e.preventDefault();
          setOpen(false);
          router.push(`/search?q=${encodeURIComponent(q.trim())}`);
        }}
      >
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
        <input
          type="search"
          name="q"
          value={q}
          maxLength={200}
          onChange={(e) => (setQ(e.target.value), setOpen(true))}
          onFocus={() => setOpen(true)}
          placeholder={t("globalSearchPlaceholder")}
          aria-label={t("globalSearch")}
          aria-controls="global-search-results"
          className="input !w-48 !pl-8 lg:!w-64"
        />
      </form>
      <div id="global-search-results" role="region" aria-label={t("globalResults")} aria-live="polite" hidden={!showing} className="absolute right-0 z-40 mt-1 max-h-[70dvh] w-80 overflow-y-auto rounded-md border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {showing && <SearchResults q={q.trim()} groups={groups} onPick={() => setOpen(false)} />}
      </div>
    </div>
  );
}
