// « Partage du calendrier »: whose calendars a person may add to their calendar page, and what they see of each.
// Sharing decides only that; opening an activity is still decided by the record's scope.

export const SHARE_LEVELS = ["details", "busy"] as const;
export type ShareLevel = (typeof SHARE_LEVELS)[number];

export type Viewer = { id: string; role: string };

/**
 * What `viewer` sees of `ownerId`'s calendar: their own in full; an administrator may add anyone's in full; anyone
 * else only what the owner shared with them (`shares`: owner id → level shared with this viewer), or nothing.
 */
export function calendarLevel(viewer: Viewer, ownerId: string, shares: ReadonlyMap<string, ShareLevel>): ShareLevel | null {
  if (ownerId === viewer.id || viewer.role === "admin") return "details";
  return shares.get(ownerId) ?? null;
}

/** The requested calendars the viewer may add, with their level, and those refused (not shared with them). */
export function resolveCalendars(viewer: Viewer, requested: readonly string[], shares: ReadonlyMap<string, ShareLevel>) {
  const allowed: { ownerId: string; level: ShareLevel }[] = [{ ownerId: viewer.id, level: "details" }];
  const refused: string[] = [];
  for (const ownerId of requested) {
    if (ownerId === viewer.id) continue;
    const level = calendarLevel(viewer, ownerId, shares);
    if (level) allowed.push({ ownerId, level });
    else refused.push(ownerId);
  }
  return { allowed, refused };
}

// Eight colours a person keeps on the page (by position); each is drawn with the person's name beside it, never
// alone. Chosen to read with white text at WCAG AA contrast.
export const PERSON_COLOURS = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"] as const;
export const personColour = (index: number) => PERSON_COLOURS[index % PERSON_COLOURS.length];
