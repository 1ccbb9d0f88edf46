// Definition fields the three activity modules (calls, meetings, tasks) share: « Lié à » a client, a contact or a
// partner, and « Rappel » (calls and meetings). Plain data: definitions cross to client components.

export const PARENT_MODULES = ["clients", "contacts", "partners"] as const;
/** « Rappel »: how long before the start the assignee and invitees are reminded (none when empty). */
export const REMINDER_OFFSETS = ["5m", "15m", "30m", "1h", "1d"] as const;
export type ReminderOffset = (typeof REMINDER_OFFSETS)[number];

const MINUTES: Record<ReminderOffset, number> = { "5m": 5, "15m": 15, "30m": 30, "1h": 60, "1d": 24 * 60 };
export const reminderMinutes = (offset: unknown): number | null => (typeof offset === "string" && Object.hasOwn(MINUTES, offset) ? MINUTES[offset as ReminderOffset] : null);

// « Lié à » is required: an activity belongs to exactly one client, contact or partner.
export const RELATED_TO = { name: "relatedTo", kind: "parent", required: true, parent: { modules: PARENT_MODULES } } as const;
export const REMINDER = { name: "reminder", kind: "enum", options: REMINDER_OFFSETS } as const;
