import { Building2, ContactRound, UserRound, type LucideIcon } from "lucide-react";

/**
 * The modules shown in the sidebar, the « + » menu and the dashboard, in the guide's order. A module appears
 * here once its screens exist: nothing is listed that would lead to an empty or fake page.
 */
export type NavModule = {
  key: string; // route slug and messages key (modules.<key>)
  icon: LucideIcon;
  /** Route of the create form, when the module has records one creates. */
  creatable: boolean;
};

export const NAV_MODULES: NavModule[] = [
  { key: "clients", icon: UserRound, creatable: true },
  { key: "partners", icon: Building2, creatable: true },
  { key: "contacts", icon: ContactRound, creatable: true },
];

export function moduleOfPath(pathname: string): NavModule | undefined {
  const slug = pathname.split("/")[1]; // a path without its locale prefix
  return NAV_MODULES.find((m) => m.key === slug);
}
