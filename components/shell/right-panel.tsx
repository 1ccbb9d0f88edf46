"use client";
import { createContext, useContext, useState } from "react";
import { rightPanelCookie } from "@/components/shell/right-panel-state";

const PanelContext = createContext<{ open: boolean; setOpen: (open: boolean) => void }>({ open: true, setOpen: () => {} });

export const RIGHT_PANEL_ID = "right-panel";

/** The shell's outer box; shares the wide-screen panel's state between its toggle in the top bar and the panel. */
export function RightPanelProvider({ initialOpen, className, children }: { initialOpen: boolean; className: string; children: React.ReactNode }) {
  const [open, setOpenState] = useState(initialOpen);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    document.cookie = rightPanelCookie(next);
  };
  return (
    <PanelContext.Provider value={{ open, setOpen }}>
      <div className={className}>{children}</div>
    </PanelContext.Provider>
  );
}

export const useRightPanel = () => useContext(PanelContext);

/** The panel itself on extra-large screens, unless the user closed it; smaller screens open it as a sheet. */
export function RightPanelAside({ label, children }: { label: string; children: React.ReactNode }) {
  const { open } = useRightPanel();
  if (!open) return null;
  return (
    <aside id={RIGHT_PANEL_ID} aria-label={label} className="hidden w-64 shrink-0 space-y-6 border-l border-slate-200 bg-white p-4 xl:block dark:border-slate-800 dark:bg-slate-900">
      {children}
    </aside>
  );
}
