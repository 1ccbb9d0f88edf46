"use client";
import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Drawer } from "@/components/ui/drawer";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import type { NavModule } from "@/lib/navigation/modules";

/** On phones and tablets the sidebar becomes a menu behind a button. */
export function MobileNav({ isAdmin, canImport = false, modules }: { isAdmin: boolean; canImport?: boolean; modules: NavModule[] }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  return (
    <Drawer
      side="left"
      title={t("navigation")}
      open={open}
      onOpenChange={setOpen}
      trigger={
        <button type="button" className="btn btn-ghost !p-2 lg:hidden" aria-label={t("openMenu")}>
          <Menu className="size-5" aria-hidden />
        </button>
      }
    >
      <SidebarNav isAdmin={isAdmin} canImport={canImport} modules={modules} onNavigate={() => setOpen(false)} />
    </Drawer>
  );
}
