import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Settings, Users } from "lucide-react";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { db } from "@/lib/db";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser();
  const t = await getTranslations();
  const format = await getFormatter();
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastLoginAt: true } });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("dashboard.welcome", { name: user.name })}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("dashboard.today", { date: format.dateTime(new Date(), { dateStyle: "full" }) })}</p>
      </div>
      <div className="grid gap-[var(--gap)] md:grid-cols-2 2xl:grid-cols-3">
        <section className="card" aria-labelledby="dashlet-account">
          <h2 id="dashlet-account" className="mb-2 font-semibold">{t("dashboard.account")}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">{t("dashboard.role")}</dt>
            <dd>{t(`roles.${user.role}`)}</dd>
            <dt className="text-slate-500">{t("dashboard.lastLogin")}</dt>
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
