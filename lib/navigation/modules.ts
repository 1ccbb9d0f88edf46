/** A module as the sidebar, the « + » menu and the dashboard show it (derived from the registry by the layout). */
export type NavModule = {
  key: string; // route slug and messages key (modules.<key>)
  icon: string;
  creatable: boolean;
};

export function moduleOfPath(modules: readonly NavModule[], pathname: string): NavModule | undefined {
  const slug = pathname.split("/")[1]; // a path without its locale prefix
  return modules.find((m) => m.key === slug);
}
