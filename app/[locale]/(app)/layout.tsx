import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { canModule } from "@/lib/auth/access";
import { favoritesOf, recentlyViewed } from "@/lib/records/bookmarks";
import { MODULES } from "@/lib/modules/registry";
import type { NavModule } from "@/lib/navigation/modules";
import { AppShell } from "@/components/shell/app-shell";
import { FavoritesMenu } from "@/components/shell/favorites-menu";
import { RecentlyViewed } from "@/components/shell/recently-viewed";
import { QuickCreateMenu } from "@/components/records/quick-create-menu";
import { NotificationBell } from "@/components/shell/notification-bell";
import { GlobalSearch } from "@/components/list-tools/global-search";
import { searchEverywhere } from "@/lib/list-tools/search-action";

export default async function AppLayout({ children, modal }: { children: React.ReactNode; modal: React.ReactNode }) {
  // Each page decides whether a pending password change sends the user to the profile; the layout wraps it.
  const user = await requireUser(undefined, { passwordChange: true });
  const [t, favorites, recent] = await Promise.all([getTranslations(), favoritesOf(user), recentlyViewed(user)]);
  // Modules the role may not read are not offered; « + » lists those it may create in.
  const rights = await Promise.all(Object.values(MODULES).map(async ({ def }) => ({ def, read: await canModule(user, def.key, "read"), create: await canModule(user, def.key, "create") })));
  const modules: NavModule[] = rights.filter((r) => r.read).map(({ def, create }) => ({ key: def.key, icon: def.icon, creatable: def.creatable !== false && create }));
  const creatable = modules.filter((m) => m.creatable).map((m) => ({ key: m.key, label: t(`modules.${m.key}.name` as never), createLabel: t(`modules.${m.key}.create` as never) }));
  return (
    <AppShell
      user={user}
      modules={modules}
      topBarSlots={
        <>
          <GlobalSearch search={searchEverywhere} />
          <QuickCreateMenu modules={creatable} />
          <FavoritesMenu favorites={favorites} />
          <NotificationBell userId={user.id} />
        </>
      }
      rightPanelSlot={<RecentlyViewed items={recent} />}
    >
      {children}
      {modal}
    </AppShell>
  );
}
