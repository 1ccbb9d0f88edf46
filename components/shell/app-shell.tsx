import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { MobileNav } from "@/components/shell/mobile-nav";
import { ProfileMenu } from "@/components/shell/profile-menu";
import { FullScreenToggle } from "@/components/shell/full-screen-toggle";
import { DisplayPreferences } from "@/components/shell/display-preferences";
import { RightPanelToggle } from "@/components/shell/right-panel-toggle";
import type { NavModule } from "@/lib/navigation/modules";
import { RightPanelAside, RightPanelProvider } from "@/components/shell/right-panel";
import { RIGHT_PANEL_COOKIE, rightPanelOpen } from "@/components/shell/right-panel-state";

/**
 * The guide's screen: left navigation, top bar (quick create, favourites, notifications, profile, full screen),
 * the page, and the right panel (dark mode, compact style, recently viewed). Slots stay empty until a feature
 * feeds them; nothing here decides permissions beyond showing admin links.
 */
export async function AppShell({
  user,
  modules,
  children,
  topBarSlots,
  rightPanelSlot,
}: {
  user: CurrentUser;
  modules: NavModule[];
  children: React.ReactNode;
  topBarSlots?: React.ReactNode;
  rightPanelSlot?: React.ReactNode;
}) {
  const t = await getTranslations();
  const panelOpen = rightPanelOpen((await cookies()).get(RIGHT_PANEL_COOKIE)?.value);
  const isAdmin = can(user, "users.manage");
  const canImport = can(user, "import.run");
  const panel = (
    <>
      <DisplayPreferences darkMode={user.darkMode} compact={user.compact} />
      {rightPanelSlot}
    </>
  );
  return (
    <RightPanelProvider initialOpen={panelOpen} className="flex min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("app.skipToContent")}
      </a>
      <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-white lg:block dark:border-slate-800 dark:bg-slate-900">
        <div className="sticky top-0 max-h-dvh overflow-y-auto">
          <Link href="/" className="block px-5 pt-4 text-lg font-bold text-brand-700 dark:text-brand-100">
            {t("app.short")}
          </Link>
          <SidebarNav isAdmin={isAdmin} canImport={canImport} modules={modules} />
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-1 border-b border-slate-200 bg-white/95 px-2 backdrop-blur sm:px-4 dark:border-slate-800 dark:bg-slate-900/95">
          <MobileNav isAdmin={isAdmin} canImport={canImport} modules={modules} />
          <Link href="/" className="font-bold text-brand-700 lg:hidden dark:text-brand-100">
            {t("app.short")}
          </Link>
          <div className="ml-auto flex items-center gap-0.5">
            {topBarSlots}
            <FullScreenToggle />
            <RightPanelToggle>{panel}</RightPanelToggle>
            <ProfileMenu name={user.name} isAdmin={isAdmin} />
          </div>
        </header>
        <div className="flex min-w-0 flex-1">
          <main id="main" className="min-w-0 flex-1 p-[var(--gap)] sm:p-6">
            {children}
          </main>
          <RightPanelAside label={t("shell.openPanel")}>{panel}</RightPanelAside>
        </div>
      </div>
    </RightPanelProvider>
  );
}
