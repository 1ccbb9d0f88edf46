import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { favoritesOf, recentlyViewed } from "@/lib/records/bookmarks";

/** Dashlets « Dernières consultations » and « Favoris »: links to records the user may still open. */
export async function RecordLinksDashlet({ user, kind }: { user: CurrentUser; kind: "recent" | "favorites" }) {
  const t = await getTranslations();
  const links = kind === "recent" ? await recentlyViewed(user, 8) : (await favoritesOf(user)).slice(0, 12);
  const id = `dashlet-${kind}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="mb-2 font-semibold">{t(kind === "recent" ? "shell.recentlyViewed" : "shell.favorites")}</h2>
      {links.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t(kind === "recent" ? "shell.noRecent" : "shell.noFavorites")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
          {links.map((l) => (
            <li key={`${l.module}:${l.id}`} className="flex items-baseline justify-between gap-3 py-[var(--row-y)]">
              <Link href={`/${l.module}/${l.id}`} className="truncate font-medium text-brand-600 hover:underline dark:text-brand-100">{l.title}</Link>
              <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">{t(`modules.${l.module}.singular` as never)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
