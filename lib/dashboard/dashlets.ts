// The dashboard's dashlets: fixed ones by key, and any saved report the user may run as "report:<id>". A user's
// arrangement is a list of these keys in order (DashboardPreference); without one, the default dashboard.
export const FIXED_DASHLETS = ["activitiesToday", "openTasks", "myClients", "visitsToday", "recent", "favorites", "servedChart", "account", "admin"] as const;
export type FixedDashlet = (typeof FIXED_DASHLETS)[number];
export const DEFAULT_DASHLETS: readonly string[] = ["activitiesToday", "openTasks", "myClients", "visitsToday", "servedChart", "account", "admin"];
export const MAX_DASHLETS = 20;

const REPORT = /^report:[A-Za-z0-9_-]{1,64}$/;

export function isDashletKey(key: unknown): key is string {
  return typeof key === "string" && ((FIXED_DASHLETS as readonly string[]).includes(key) || REPORT.test(key));
}

/** A stored arrangement read back: unknown or repeated keys dropped, at most MAX_DASHLETS. */
export function parseDashlets(json: string | null | undefined): string[] | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? [...new Set(v.filter(isDashletKey))].slice(0, MAX_DASHLETS) : null;
  } catch {
    return null;
  }
}

export type DashletChange = { op: "add" | "remove" | "up" | "down"; key: string } | { op: "order"; keys: string[] };

/** The arrangement after one change (the no-script buttons, the keyboard, or a drag's final order). */
export function applyChange(current: readonly string[], change: DashletChange): string[] {
  const list = [...current];
  if (change.op === "order") {
    const kept = change.keys.filter((k) => list.includes(k));
    return [...new Set([...kept, ...list])];
  }
  const i = list.indexOf(change.key);
  if (change.op === "add") return i >= 0 || list.length >= MAX_DASHLETS ? list : [...list, change.key];
  if (i < 0) return list;
  if (change.op === "remove") return list.filter((k) => k !== change.key);
  const j = change.op === "up" ? i - 1 : i + 1;
  if (j < 0 || j >= list.length) return list;
  [list[i], list[j]] = [list[j], list[i]];
  return list;
}
