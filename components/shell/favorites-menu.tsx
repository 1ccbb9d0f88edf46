"use client";
import { Star } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RecordLink } from "@/lib/records/bookmarks";
import { LazyPopup } from "@/components/ui/lazy-popup";

export const FAVORITES_TRIGGER = "btn btn-ghost !px-2";
const load = () => import("@/components/shell/favorites-menu-popup").then((m) => m.FavoritesMenuPopup);

export function FavoritesFace({ starred, label }: { starred: boolean; label: string }) {
  return (
    <>
      <Star className={`size-5 ${starred ? "fill-brand-500 text-brand-500" : ""}`} aria-hidden />
      <span className="hidden md:inline">{label}</span>
    </>
  );
}

/** « Favoris » in the top bar: the starred records, grouped by module, in a menu loaded when first used. */
export function FavoritesMenu({ favorites }: { favorites: RecordLink[] }) {
  const t = useTranslations("shell");
  return (
    <LazyPopup load={load} props={{ favorites }} haspopup="menu" className={FAVORITES_TRIGGER} label={t("favorites")} title={t("favorites")}>
      <FavoritesFace starred={favorites.length > 0} label={t("favorites")} />
    </LazyPopup>
  );
}
