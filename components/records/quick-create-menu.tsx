"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { LazyPopup } from "@/components/ui/lazy-popup";

export type QuickCreateModule = { key: string; label: string; createLabel: string };
export const QUICK_CREATE_TRIGGER = "btn btn-ghost !px-2";
const load = () => import("@/components/records/quick-create-menu-popup").then((m) => m.QuickCreateMenuPopup);

export function QuickCreateFace() {
  return <Plus className="size-5" aria-hidden />;
}

/** The top bar's « + » (guide: « pour créer des fiches rapidement »): one entry per module, opening its create form. */
export function QuickCreateMenu({ modules }: { modules: QuickCreateModule[] }) {
  const t = useTranslations("records");
  if (modules.length === 0) return null;
  return (
    <LazyPopup load={load} props={{ modules }} haspopup="menu" className={QUICK_CREATE_TRIGGER} label={t("quickCreate")} title={t("quickCreate")}>
      <QuickCreateFace />
    </LazyPopup>
  );
}
