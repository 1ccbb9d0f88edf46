import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { recordScope } from "@/lib/records/scope";

/** Dashlet « Mes clients »: the files assigned to me that moved most recently. */
export async function MyClientsDashlet({ user }: { user: CurrentUser }) {
  const [t, myClients] = await Promise.all([
    getTranslations(),
    db.client.findMany({
      where: { AND: [await recordScope(user, "clients"), { assignedUserId: user.id }] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 8,
      select: { id: true, firstName: true, lastName: true, fileStatus: true, updatedAt: true },
    }),
  ]);
  return (
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
  );
}
