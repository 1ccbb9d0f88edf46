import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Plus, Settings, Users } from "lucide-react";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { db } from "@/lib/db";
import { MODULES } from "@/lib/modules/registry";
import { recordScope } from "@/lib/records/scope";
import { MyActivitiesToday } from "@/components/dashboard/my-activities-today";
import { MyOpenTasks } from "@/components/dashboard/my-open-tasks";
import { TodaysVisitsDashlet } from "@/components/dashboard/todays-visits";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser();
  const t = await getTranslations();
  const format = await getFormatter();
  const [account, myClients] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastLoginAt: true } }),
    // « Mes clients »: the files assigned to me that moved most recently.
    db.client.findMany({
      where: { AND: [await recordScope(user, "clients"), { assignedUserId: user.id }] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 8,
      select: { id: true, firstName: true, lastName: true, fileStatus: true, updatedAt: true },
    }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("dashboard.welcome", { name: user.name })}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("dashboard.today", { date: format.dateTime(new Date(), { dateStyle: "full" }) })}</p>
      </div>
      {can(user, "record.create") && (
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
      <div className="grid gap-[var(--gap)] md:grid-cols-2 2xl:grid-cols-3">
        <MyActivitiesToday user={user} />
        <MyOpenTasks user={user} />
        <section className="card" aria-labelledby="dashlet-my-clients">
          <div className="mb-2 flex items-baseline justify-between gap-2">
            <h2 id="dashlet-my-clients" className="font-semibold">{t("dashboard.myClients")}</h2>
            <Link href="/clients?mine=1" className="text-sm text-brand-600 hover:underline dark:text-brand-100">
              {t("dashboard.seeAll")}
            </Link>
          </div>
          {myClients.length === 0 ? (
            <p className="text-sm text-slate-500 dark:text-slate-400">{t("dashboard.noClients")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
              {myClients.map((c) => (
                <li key={c.id} className="flex items-baseline justify-between gap-3 py-[var(--row-y)]">
                  <Link href={`/clients/${c.id}`} className="truncate font-medium text-brand-600 hover:underline dark:text-brand-100">
                    {`${c.firstName} ${c.lastName}`.trim()}
                  </Link>
                  <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">{t(`modules.clients.options.fileStatus.${c.fileStatus}` as never)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <TodaysVisitsDashlet user={user} />
        <section className="card" aria-labelledby="dashlet-account">
          <h2 id="dashlet-account" className="mb-2 font-semibold">{t("dashboard.account")}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500 dark:text-slate-400">{t("dashboard.role")}</dt>
            <dd>{t(`roles.${user.role}`)}</dd>
            <dt className="text-slate-500 dark:text-slate-400">{t("dashboard.lastLogin")}</dt>
            <dd>{account.lastLoginAt ? format.dateTime(account.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}</dd>
          </dl>
        </section>
        {can(user, "users.manage") && (
          <section className="card" aria-labelledby="dashlet-admin">
            <h2 id="dashlet-admin" className="mb-2 font-semibold">{t("dashboard.adminShortcuts")}</h2>
            <ul className="space-y-1 text-sm">
              <li>
                <Link href="/admin/users" className="inline-flex items-center gap-2 text-brand-600 hover:underline dark:text-brand-100">
                  <Users className="size-4" aria-hidden /> {t("dashboard.manageUsers")}
                </Link>
              </li>
              <li>
                <Link href="/admin/settings" className="inline-flex items-center gap-2 text-brand-600 hover:underline dark:text-brand-100">
                  <Settings className="size-4" aria-hidden /> {t("dashboard.manageSettings")}
                </Link>
              </li>
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
