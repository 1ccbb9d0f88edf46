import { getFormatter, getTranslations } from "next-intl/server";
import { Settings, Users } from "lucide-react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";

/** Dashlet « Votre compte »: role and last sign-in. */
export async function AccountDashlet({ user }: { user: CurrentUser }) {
  const [t, format, account] = await Promise.all([getTranslations(), getFormatter(), db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastLoginAt: true } })]);
  return (
    <section className="card" aria-labelledby="dashlet-account">
      <h2 id="dashlet-account" className="mb-2 font-semibold">{t("dashboard.account")}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500 dark:text-slate-400">{t("dashboard.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        <dt className="text-slate-500 dark:text-slate-400">{t("dashboard.lastLogin")}</dt>
        <dd>{account.lastLoginAt ? format.dateTime(account.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}</dd>
      </dl>
    </section>
  );
}

/** Dashlet « Administration »: shortcuts for those who manage users. */
export async function AdminShortcutsDashlet({ user }: { user: CurrentUser }) {
  if (!can(user, "users.manage")) return null;
  const t = await getTranslations();
  return (
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
  );
}
