import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Plus, SlidersHorizontal } from "lucide-react";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { MODULES } from "@/lib/modules/registry";
import { changeDashboardForm, resetDashboardForm } from "@/lib/dashboard/actions";
import { FIXED_DASHLETS } from "@/lib/dashboard/dashlets";
import { dashletsOf } from "@/lib/dashboard/preferences";
import { reportsFor } from "@/lib/reports/builder/saved";
import { ArrangedDashlet, DashletBody } from "@/components/dashboard/dashlet";
import { SortableDashlets } from "@/components/dashboard/sortable-dashlets";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser();
  const t = await getTranslations();
  const format = await getFormatter();
  const arranging = (await searchParams).customize === "1";
  const [dashlets, saved] = await Promise.all([dashletsOf(user.id), reportsFor(user.id)]);
  const reportNames = new Map([...saved.mine, ...saved.shared].map((r) => [`report:${r.id}`, r.name]));
  // A saved report that was deleted or unshared since it was added simply disappears.
  const shown = dashlets.filter((d) => !d.startsWith("report:") || reportNames.has(d)).filter((d) => d !== "admin" || can(user, "users.manage"));
  const titleOf = (key: string) => reportNames.get(key) ?? t(`dashlets.names.${key}` as never);
  const addable = [...FIXED_DASHLETS.filter((k) => k !== "admin" || can(user, "users.manage")), ...reportNames.keys()].filter((k) => !shown.includes(k));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("dashboard.welcome", { name: user.name })}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("dashboard.today", { date: format.dateTime(new Date(), { dateStyle: "full" }) })}</p>
        </div>
        {arranging ? (
          <Link href="/" className="btn btn-primary">{t("dashlets.done")}</Link>
        ) : (
          <Link href="/?customize=1" className="btn btn-secondary">
            <SlidersHorizontal className="size-4" aria-hidden /> {t("dashlets.customize")}
          </Link>
        )}
      </div>
      {can(user, "record.create") && !arranging && (
        <div className="flex flex-wrap gap-2">
          {Object.values(MODULES)
            .filter(({ def }) => def.creatable !== false)
            .map(({ def }, i) => (
              <Link key={def.key} href={`/${def.key}/new`} className={i === 0 ? "btn btn-primary" : "btn btn-secondary"}>
                {/* The guide's first method: « Nouveau Client »; the others read « Créer un … ». */}
                <Plus className="size-4" aria-hidden /> {t(`modules.${def.key}.${i === 0 ? "new" : "create"}` as never)}
              </Link>
            ))}
        </div>
      )}
      {arranging && (
        <div className="card flex flex-wrap items-end gap-3">
          <form action={changeDashboardForm} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="op" value="add" />
            <div>
              <label htmlFor="dashlet-add" className="label">{t("dashlets.add")}</label>
              <select id="dashlet-add" name="key" className="input" disabled={addable.length === 0}>
                {addable.map((k) => (
                  <option key={k} value={k}>{titleOf(k)}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn btn-primary" disabled={addable.length === 0}>{t("dashlets.addButton")}</button>
          </form>
          <form action={resetDashboardForm}>
            <button type="submit" className="btn btn-secondary">{t("dashlets.reset")}</button>
          </form>
          <p className="w-full text-xs text-slate-500 dark:text-slate-400">{t("dashlets.arrangeHint")}</p>
        </div>
      )}
      {shown.length === 0 && <p className="card text-sm text-slate-600 dark:text-slate-400">{t("dashlets.empty")}</p>}
      {arranging ? (
        <SortableDashlets keys={shown} handleLabels={shown.map((name) => t("dashlets.drag", { title: titleOf(name) }))}>
          {shown.map((name, i) => (
            <ArrangedDashlet
              key={name}
              name={name}
              title={titleOf(name)}
              first={i === 0}
              last={i === shown.length - 1}
              labels={{ up: (title) => t("dashlets.moveUp", { title }), down: (title) => t("dashlets.moveDown", { title }), remove: (title) => t("dashlets.remove", { title }) }}
            >
              <DashletBody name={name} user={user} />
            </ArrangedDashlet>
          ))}
        </SortableDashlets>
      ) : (
        <div className="grid gap-[var(--gap)] md:grid-cols-2 2xl:grid-cols-3">
          {shown.map((name) => (
            <DashletBody key={name} name={name} user={user} />
          ))}
        </div>
      )}
    </div>
  );
}
