"use client";
import { CircleUser } from "lucide-react";
import { useTranslations } from "next-intl";
import { LazyPopup } from "@/components/ui/lazy-popup";

export const PROFILE_TRIGGER = "btn btn-ghost !px-2";
const load = () => import("@/components/shell/profile-menu-popup").then((m) => m.ProfileMenuPopup);

/** The name starts with the visible text (WCAG 2.5.3, label in name); phones only see the icon. */
export function ProfileFace({ name, label }: { name: string; label: string }) {
  return (
    <>
      <CircleUser className="size-5" aria-hidden />
      <span className="hidden max-w-40 truncate sm:inline">{name}</span>
      <span className="sr-only">{label}</span>
    </>
  );
}

/** The profile menu's button; the menu (profile, settings, language, sign-out) loads when first used. */
export function ProfileMenu({ name, isAdmin }: { name: string; isAdmin: boolean }) {
  const t = useTranslations("shell");
  return (
    <LazyPopup load={load} props={{ name, isAdmin }} haspopup="menu" className={PROFILE_TRIGGER}>
      <ProfileFace name={name} label={t("profileMenu")} />
    </LazyPopup>
  );
}
