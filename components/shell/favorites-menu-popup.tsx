"use client";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { RecordLink } from "@/lib/records/bookmarks";
import { FAVORITES_TRIGGER, FavoritesFace } from "@/components/shell/favorites-menu";

const item = "block rounded wrap-anywhere px-2.5 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/** « Favoris » itself, loaded on first use (favorites-menu.tsx draws its button until then). */
export function FavoritesMenuPopup({ favorites, defaultOpen }: { favorites: RecordLink[]; defaultOpen?: boolean }) {
  const t = useTranslations();
  const groups = favorites.reduce<Map<string, RecordLink[]>>((map, f) => map.set(f.module, [...(map.get(f.module) ?? []), f]), new Map());
  return (
    // Not modal, like the profile menu: a modal menu aria-hides a page whose links stay focusable.
    <Menu.Root modal={false} defaultOpen={defaultOpen}>
      <Menu.Trigger className={FAVORITES_TRIGGER} aria-label={t("shell.favorites")} title={t("shell.favorites")}>
        <FavoritesFace starred={favorites.length > 0} label={t("shell.favorites")} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={6} className="z-50 max-h-[70dvh] w-72 max-w-[calc(100vw-1rem)] overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {/* A menu must hold items (aria-required-children): the empty state is one, disabled. */}
          {favorites.length === 0 && (
            <Menu.Item disabled className="px-2.5 py-2 text-sm text-slate-600 dark:text-slate-400">
              {t("shell.noFavorites")}
            </Menu.Item>
          )}
          {[...groups].map(([module, items]) => (
            <Menu.Group key={module}>
              <Menu.Label className="px-2.5 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">{t(`modules.${module}.name` as never)}</Menu.Label>
              {items.map((f) => (
                <Menu.Item key={f.id} asChild className={item}>
                  <Link href={`/${f.module}/${f.id}`}>{f.title}</Link>
                </Menu.Item>
              ))}
            </Menu.Group>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
