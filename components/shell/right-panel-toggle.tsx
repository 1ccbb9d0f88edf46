"use client";
import { PanelRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Drawer } from "@/components/ui/drawer";

/** Below extra-large screens the right panel opens as a sheet. */
export function RightPanelToggle({ children }: { children: React.ReactNode }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  return (
    <Drawer
      side="right"
      title={t("display")}
      closeLabel={t("openPanel")}
      open={open}
      onOpenChange={setOpen}
      trigger={
        <button type="button" className="btn btn-ghost !p-2 xl:hidden" aria-label={t("openPanel")} title={t("openPanel")}>
          <PanelRight className="size-5" aria-hidden />
        </button>
      }
    >
      <div className="space-y-6 p-4">{children}</div>
    </Drawer>
  );
}
