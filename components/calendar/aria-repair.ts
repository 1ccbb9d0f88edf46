"use client";
import { useLayoutEffect, type RefObject } from "react";

// react-big-calendar's day and week views give table roles to a layout that is not a table (column headers outside
// any row, rows without cells) and make the hours a scrollable box no keyboard can reach; axe flags both (WCAG
// 1.3.1, 2.1.1). The events stay buttons with their labels; the grid's false roles are taken away, and the hours
// box gets a tab stop and a name. Re-applied whenever the library redraws.
const GRID_ROLES = new Set(["row", "rowgroup", "columnheader", "rowheader", "cell", "gridcell", "grid", "table"]);

function repair(root: HTMLElement, hoursLabel: string) {
  for (const view of root.querySelectorAll<HTMLElement>(".rbc-time-view")) {
    for (const el of [view, ...view.querySelectorAll<HTMLElement>("[role]")]) {
      if (GRID_ROLES.has(el.getAttribute("role") ?? "")) {
        el.removeAttribute("role");
        el.removeAttribute("aria-sort");
      }
    }
    const hours = view.querySelector<HTMLElement>(".rbc-time-content");
    if (hours && !hours.hasAttribute("tabindex")) {
      hours.tabIndex = 0;
      hours.setAttribute("role", "region");
      hours.setAttribute("aria-label", hoursLabel);
    }
  }
}

export function useCalendarAriaRepair(ref: RefObject<HTMLElement | null>, hoursLabel: string) {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    repair(root, hoursLabel);
    const observer = new MutationObserver(() => repair(root, hoursLabel));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, hoursLabel]);
}
