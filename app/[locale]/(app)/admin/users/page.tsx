import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { db } from "@/lib/db";
import { UserActiveButton } from "@/components/admin/user-active-button";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("title") };
}

// What the previous screen did, said once the list is back (users.created, users.deactivated…).
const DONE = ["created", "updated", "deactivated", "reactivated"] as const;

export default async function UsersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  setRequestLocale((await params).locale);
  const { done } = await searchParams;
  const notice = DONE.find((d) => d === done);
  const me = await requireUser("users.manage");
  const t = await getTranslations();
  const format = await getFormatter();
  // Staff accounts number in the tens: one ordered query, no pagination needed.
  const users = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, locale: true, active: true, lastLoginAt: true },
  });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
          <p className="text-sm text-slate-500 dark:text-slate-400">{t("users.count", { count: users.length })}</p>
        </div>
        <Link href="/admin/users/new" className="btn btn-primary">
          <Plus className="size-4" aria-hidden /> {t("users.new")}
        </Link>
      </div>
      {notice && (
        <p className="alert-success" role="status">
          {t(`users.${notice}`)}
        </p>
      )}
      <div className="card overflow-x-auto !p-0">
        <table className="w-full text-sm">
          <thead className="hidden bg-slate-50 text-left text-xs text-slate-600 uppercase md:table-header-group dark:bg-slate-800 dark:text-slate-300">
            <tr>
              <th className="px-3 py-2">{t("users.name")}</th>
              <th className="px-3 py-2">{t("users.email")}</th>
              <th className="px-3 py-2">{t("users.role")}</th>
              <th className="px-3 py-2">{t("users.status")}</th>
              <th className="px-3 py-2">{t("users.lastLogin")}</th>
              <th className="px-3 py-2">
                <span className="sr-only">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="flex flex-col gap-1 border-t border-slate-200 px-3 py-3 md:table-row md:p-0 dark:border-slate-700">
                <td className="md:px-3 md:py-[var(--row-y)]">
                  <Link href={`/admin/users/${u.id}/edit`} className="font-medium text-brand-600 hover:underline dark:text-brand-100">
                    {u.name}
                  </Link>
                </td>
                <td className="break-all md:px-3 md:py-[var(--row-y)]">{u.email}</td>
                <td className="md:px-3 md:py-[var(--row-y)]">{t(`roles.${u.role}` as never)}</td>
                <td className="md:px-3 md:py-[var(--row-y)]">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${u.active ? "bg-green-100 text-green-800 dark:bg-green-900 dark:text-green-100" : "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200"}`}>
                    {u.active ? t("users.active") : t("users.inactive")}
                  </span>
                </td>
                <td className="text-slate-600 md:px-3 md:py-[var(--row-y)] dark:text-slate-400">
                  {u.lastLoginAt ? format.dateTime(u.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : t("users.never")}
                </td>
                <td className="md:px-3 md:py-[var(--row-y)] md:text-right">{u.id !== me.id && <UserActiveButton id={u.id} name={u.name} active={u.active} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
