import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { searchAllModules } from "@/lib/list-tools/global-search";
import { SearchResults } from "@/components/list-tools/search-results";

export async function generateMetadata() {
  const t = await getTranslations("listTools");
  return { title: t("globalResults") };
}

/** « Recherche » across modules: the top bar's form lands here (and works without scripts). */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("record.read");
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.trim().slice(0, 200) : "";
  const [t, groups] = await Promise.all([getTranslations(), searchAllModules(q, user, 10)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{q ? t("listTools.globalTitle", { q }) : t("listTools.globalResults")}</h1>
      <form method="get" role="search" aria-label={t("listTools.globalSearch")} className="flex gap-2">
        <input type="search" name="q" defaultValue={q} maxLength={200} className="input !w-72 max-w-full" aria-label={t("listTools.globalSearchPlaceholder")} placeholder={t("listTools.globalSearchPlaceholder")} />
        <button type="submit" className="btn btn-secondary">
          {t("records.search")}
        </button>
      </form>
      {q.length < 2 ? <p className="text-sm">{t("listTools.globalHint")}</p> : <SearchResults q={q} groups={groups} />}
    </div>
  );
}
