import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

/** Pages of a module beyond its record list: the SAE's visits, the managers' activity numbers of « Services ». */
export async function ModuleListLinks({ moduleKey, user, current = "list" }: { moduleKey: string; user: CurrentUser; current?: string }) {
  const t = await getTranslations();
  const tabs =
    moduleKey === "sae"
      ? [{ key: "list", href: "/sae", label: t("visits.files") }, { key: "visits", href: "/sae/visits", label: t("visits.title") }]
      : moduleKey === "services" && can(user, "activityNumbers.manage")
        ? [{ key: "list", href: "/services", label: t("modules.services.name") }, { key: "activityNumbers", href: "/services/activity-numbers", label: t("activityNumbers.title") }]
        : [];
  if (tabs.length === 0) return null;
  return (
    <nav aria-label={t(`modules.${moduleKey}.name` as never)} className="flex flex-wrap gap-2 border-b border-slate-200 pb-2 dark:border-slate-700">
      {tabs.map((tab) => (
        <Link key={tab.key} href={tab.href} aria-current={tab.key === current ? "page" : undefined} className={tab.key === current ? "btn btn-secondary !py-1 text-sm" : "btn btn-ghost !py-1 text-sm"}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
