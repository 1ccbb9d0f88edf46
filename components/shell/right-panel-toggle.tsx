"use client";
import { PanelRight, PanelRightClose } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Drawer } from "@/components/ui/drawer";
import { RIGHT_PANEL_ID, useRightPanel } from "@/components/shell/right-panel";

/**
 * Below extra-large screens the right panel opens as a sheet; on extra-large screens this shows or hides the
 * panel beside the page, and the choice is kept.
 */
export function RightPanelToggle({ children }: { children: React.ReactNode }) {
  const t = useTranslations("shell");
  const [sheetOpen, setSheetOpen] = useState(false);
  const panel = useRightPanel();
  const wideLabel = panel.open ? t("hidePanel") : t("showPanel");
  return (
    <>
      <Drawer
        side="right"
        title={t("display")}
        open={sheetOpen}
        onOpenChange={setSheetOpen}
        trigger={
          <button type="button" className="btn btn-ghost !p-2 xl:hidden" aria-label={t("openPanel")} title={t("openPanel")}>
            <PanelRight className="size-5" aria-hidden />
          </button>
        }
      >
        <div className="space-y-6 p-4">{children}</div>
      </Drawer>
      <button
        type="button"
        className="btn btn-ghost hidden !p-2 xl:inline-flex"
        aria-label={wideLabel}
        title={wideLabel}
        aria-expanded={panel.open}
        aria-controls={panel.open ? RIGHT_PANEL_ID : undefined}
        onClick={() => panel.setOpen(!panel.open)}
      >
        {panel.open ? <PanelRightClose className="size-5" aria-hidden /> : <PanelRight className="size-5" aria-hidden />}
      </button>
    </>
  );
}
