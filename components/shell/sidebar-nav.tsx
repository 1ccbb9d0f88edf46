"use client";
import { CalendarDays, LayoutDashboard, ListChecks, Plus, List, Search, Users, Settings, Trash2, ScrollText, FileSearch, Archive, ShieldCheck, BarChart3, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { moduleOfPath, type NavModule } from "@/lib/navigation/modules";
import { ModuleIcon } from "@/components/shell/module-icon";

const linkClass = (active: boolean) =>
  `flex items-center gap-2.5 rounded-md px-2.5 py-[var(--row-y)] text-sm ${
    active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
  }`;

/** The guide's left navigation: a search box over the modules, the current module's actions, the modules. */
export function SidebarNav({ isAdmin, canImport = false, modules: all, onNavigate }: { isAdmin: boolean; canImport?: boolean; modules: readonly NavModule[]; onNavigate?: () => void }) {
  const t = useTranslations();
  const pathname = usePathname();
  const [query, setQuery] = useState("");
  const current = moduleOfPath(all, pathname);
  const needle = query.trim().toLocaleLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  const label = (key: string) => t(`modules.${key}.name` as never);
  const modules = all.filter((m) => !needle || label(m.key).toLocaleLowerCase().normalize("NFD").replace(/\p{M}/gu, "").includes(needle));

  return (
    <nav aria-label={t("shell.navigation")} className="flex flex-col gap-5 p-3">
      <div className="relative">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("shell.searchModules")}
          aria-label={t("shell.searchModules")}
          className="input !pl-8"
        />
      </div>

      {current && (
        <section>
          <h2 className="mb-1 px-2.5 text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">{t("shell.actionsSection")}</h2>
          <ul className="space-y-0.5">
            {current.creatable && (
              <li>
                <Link href={`/${current.key}/new`} className={linkClass(false)} onClick={onNavigate}>
                  <Plus className="size-4" aria-hidden /> {t(`modules.${current.key}.create` as never)}
                </Link>
              </li>
            )}
            <li>
              <Link href={`/${current.key}`} className={linkClass(false)} onClick={onNavigate}>
                <List className="size-4" aria-hidden /> {t(`modules.${current.key}.view` as never)}
              </Link>
            </li>
          </ul>
        </section>
      )}

      <section>
        <h2 className="mb-1 px-2.5 text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">{t("shell.modulesSection")}</h2>
        <ul className="space-y-0.5">
          {!needle && (
            <li>
              <Link href="/" className={linkClass(pathname === "/")} onClick={onNavigate}>
                <LayoutDashboard className="size-4" aria-hidden /> {t("shell.dashboard")}
              </Link>
            </li>
          )}
          {(!needle || t("calendar.title").toLocaleLowerCase().includes(needle)) && (
            <li>
              <Link href="/calendar" className={linkClass(pathname === "/calendar")} onClick={onNavigate}>
                <CalendarDays className="size-4" aria-hidden /> {t("calendar.title")}
              </Link>
            </li>
          )}
          {modules.map((m) => (
            <li key={m.key}>
              <Link href={`/${m.key}`} className={linkClass(current?.key === m.key)} onClick={onNavigate}>
                <ModuleIcon name={m.icon} className="size-4" /> {label(m.key)}
              </Link>
            </li>
          ))}
          {!needle && (
            <li>
              <Link href="/reports" className={linkClass(pathname.startsWith("/reports"))} onClick={onNavigate}>
                <BarChart3 className="size-4" aria-hidden /> {t("reportsNav.reports")}
              </Link>
            </li>
          )}
          {needle && modules.length === 0 && <li className="px-2.5 text-sm text-slate-500 dark:text-slate-400">{t("shell.noModule")}</li>}
        </ul>
      </section>

      {canImport && !isAdmin && !needle && (
        <section>
          <h2 className="mb-1 px-2.5 text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">{t("importNav.section")}</h2>
          <ul className="space-y-0.5">
            <li>
              <Link href="/import" className={linkClass(pathname.startsWith("/import"))} onClick={onNavigate}>
                <Upload className="size-4" aria-hidden /> {t("importNav.link")}
              </Link>
            </li>
          </ul>
        </section>
      )}

      {isAdmin && !needle && (
        <section>
          <h2 className="mb-1 px-2.5 text-xs font-semibold tracking-wide text-slate-500 dark:text-slate-400 uppercase">{t("shell.administration")}</h2>
          <ul className="space-y-0.5">
            <li>
              <Link href="/admin/users" className={linkClass(pathname.startsWith("/admin/users"))} onClick={onNavigate}>
                <Users className="size-4" aria-hidden /> {t("shell.users")}
              </Link>
            </li>
            <li>
              <Link href="/admin/permissions" className={linkClass(pathname.startsWith("/admin/permissions"))} onClick={onNavigate}>
                <ShieldCheck className="size-4" aria-hidden /> {t("access.nav")}
              </Link>
            </li>
            <li>
              <Link href="/admin/settings" className={linkClass(pathname.startsWith("/admin/settings"))} onClick={onNavigate}>
                <Settings className="size-4" aria-hidden /> {t("shell.settings")}
              </Link>
            </li>
            <li>
              <Link href="/admin/lists" className={linkClass(pathname.startsWith("/admin/lists"))} onClick={onNavigate}>
                <ListChecks className="size-4" aria-hidden /> {t("shell.lists")}
              </Link>
            </li>
            <li>
              <Link href="/admin/audit" className={linkClass(pathname.startsWith("/admin/audit"))} onClick={onNavigate}>
                <ScrollText className="size-4" aria-hidden /> {t("shell.auditLog")}
              </Link>
            </li>
            <li>
              <Link href="/import" className={linkClass(pathname.startsWith("/import"))} onClick={onNavigate}>
                <Upload className="size-4" aria-hidden /> {t("importNav.link")}
              </Link>
            </li>
            <li>
              <Link href="/admin/recycle-bin" className={linkClass(pathname.startsWith("/admin/recycle-bin"))} onClick={onNavigate}>
                <Trash2 className="size-4" aria-hidden /> {t("shell.recycleBin")}
              </Link>
            </li>
            <li>
              <Link href="/admin/access-requests" className={linkClass(pathname.startsWith("/admin/access-requests"))} onClick={onNavigate}>
                <FileSearch className="size-4" aria-hidden /> {t("privacyClient.accessRequests")}
              </Link>
            </li>
            <li>
              <Link href="/admin/retention" className={linkClass(pathname.startsWith("/admin/retention"))} onClick={onNavigate}>
                <Archive className="size-4" aria-hidden /> {t("privacyClient.retention")}
              </Link>
            </li>
          </ul>
        </section>
      )}
    </nav>
  );
}
