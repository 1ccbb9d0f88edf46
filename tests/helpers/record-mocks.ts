import type { CurrentUser } from "@/lib/auth/current-user";

/** A display context without next-intl's request scope: keys stand for labels. */
export function fakeRecordContext() {
  return {
    recordContext: async (relations = {}) => ({ t: (k: string) => k, picklists: new Map(), users: new Map(), relations, formatDate: (s: string) => s, formatDateTime: (d: Date) => d.toISOString(), timeZone: "America/Iqaluit" }),
    formOptions: async () => ({}),
  };
}

export const asCurrentUser = (u: { id: string; name: string; email: string; role: string }): CurrentUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role as CurrentUser["role"],
  locale: "fr",
  darkMode: false,
  compact: false,
  timeZone: "America/Iqaluit",
  ownTimeZone: null,
  sessionId: "test-session",
});
