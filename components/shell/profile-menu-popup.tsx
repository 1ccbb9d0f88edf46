"use client";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { signOut } from "next-auth/react";
import { LogOut, Settings, UserCog, Users } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { Link, usePathname, useRouter } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { updatePreferences } from "@/lib/users/actions";
import { PROFILE_TRIGGER, ProfileFace } from "@/components/shell/profile-menu";

const item = "flex cursor-pointer items-center gap-2 rounded px-2.5 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

/** The profile menu itself, loaded on first use (profile-menu.tsx draws its button until then). */
export function ProfileMenuPopup({ name, isAdmin, defaultOpen }: { name: string; isAdmin: boolean; defaultOpen?: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const pathname = usePathname();
  const router = useRouter();
  const [, start] = useTransition();
  return (
    // Not modal: a modal menu hides the whole page with aria-hidden while its links stay focusable (axe
    // aria-hidden-focus); Escape and a click outside still close it.
    <Menu.Root modal={false} defaultOpen={defaultOpen}>
      <Menu.Trigger className={PROFILE_TRIGGER}>
        <ProfileFace name={name} label={t("shell.profileMenu")} />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <Menu.Label className="px-2.5 py-1.5 text-xs text-slate-500 dark:text-slate-400">{name}</Menu.Label>
          <Menu.Item asChild className={item}>
            <Link href="/profile">
              <UserCog className="size-4" aria-hidden /> {t("shell.myProfile")}
            </Link>
          </Menu.Item>
          {isAdmin && (
            <>
              <Menu.Item asChild className={item}>
                <Link href="/admin/settings">
                  <Settings className="size-4" aria-hidden /> {t("shell.settings")}
                </Link>
              </Menu.Item>
              <Menu.Item asChild className={item}>
                <Link href="/admin/users">
                  <Users className="size-4" aria-hidden /> {t("shell.users")}
                </Link>
              </Menu.Item>
            </>
          )}
          <Menu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <Menu.Label className="px-2.5 py-1 text-xs text-slate-500 dark:text-slate-400">{t("common.language")}</Menu.Label>
          <Menu.RadioGroup
            value={locale}
            onValueChange={(next) =>
              start(async () => {
                await updatePreferences({ locale: next });
                router.replace(`${pathname}${window.location.search}`, { locale: next });
              })
            }
          >
            {routing.locales.map((l) => (
              <Menu.RadioItem key={l} value={l} className={`${item} pl-7 data-[state=checked]:font-semibold`} lang={l}>
                {t(`languages.${l}`)}
              </Menu.RadioItem>
            ))}
          </Menu.RadioGroup>
          <Menu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <Menu.Item className={item} onSelect={() => signOut({ redirect: false }).then(() => { router.replace("/login?reason=signedOut"); router.refresh(); })}>
            <LogOut className="size-4" aria-hidden /> {t("shell.signOut")}
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
