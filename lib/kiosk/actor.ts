import type { CurrentUser } from "@/lib/auth/current-user";

/**
 * Who the record layer sees when a visitor registers at the kiosk: no account (nobody can sign in as it), a
 * fixed id that no user row has, and a name that says « kiosk » in both languages in the change log and as
 * « Créé par ». It is used only by the kiosk's route handler, never for a permission check.
 */
export const KIOSK_ACTOR: CurrentUser = {
  id: "kiosk",
  name: "Borne d'accueil / Kiosk",
  email: "",
  role: "staff",
  locale: "fr",
  darkMode: false,
  compact: false,
  timeZone: "America/Iqaluit",
  ownTimeZone: null,
  sessionId: "",
};
