// Whether the right panel is shown on wide screens, kept in a cookie so that the server renders the page the
// way the user left it (no flash of the panel on load) without a database column.
export const RIGHT_PANEL_COOKIE = "crm-right-panel";

export function rightPanelOpen(cookieValue: string | undefined): boolean {
  return cookieValue !== "closed";
}

export function rightPanelCookie(open: boolean): string {
  return `${RIGHT_PANEL_COOKIE}=${open ? "open" : "closed"}; path=/; max-age=${365 * 24 * 60 * 60}; samesite=lax`;
}
