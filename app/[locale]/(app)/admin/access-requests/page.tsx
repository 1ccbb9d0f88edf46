import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { accessRequestRegister, isOverdue } from "@/lib/privacy/access-requests";
import { submitAccessRequestStatus } from "@/lib/privacy/access-request-actions";
import { pageDay } from "@/lib/privacy/dates";
import { todayIn } from "@/lib/records/wall-time";

export async function generateMetadata() {
  const t = await getTranslations("privacy");
  return { title: t("registerTitle") };
}

/** « Demandes d'accès »: each request with its 30-day due date, who handled it, and the overdue ones flagged. */
export default async function AccessRequestsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser("privacy.manage");
  const [t, locale, rows, sp] = await Promise.all([getTranslations("privacy"), getLocale(), accessRequestRegister(), searchParams]);
  const today = todayIn(user.timeZone);
  const overdue = rows.filter((r) => isOverdue(r, today)).length;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("registerTitle")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("registerIntro")}</p>
      </div>
      {sp.saved === "1" && (
        <p className="alert-success" role="status">
          {t("requestSaved")}
        </p>
      )}
      {sp.error === "1" && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("error")}
        </p>
      )}
      {overdue > 0 && (
        <p role="status" className="text-sm font-medium text-red-700 dark:text-red-300">
          {t("overdueCount", { count: overdue })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="card text-sm text-slate-600 dark:text-slate-400">{t("registerEmpty")}</p>
      ) : (
        <div className="card relative overflow-x-auto !p-0">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("registerTitle")}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                {(["client", "receivedOn", "dueOn", "status", "handledBy", "actions"] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-medium">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {rows.map((r) => {
                const late = isOverdue(r, today);
                return (
                  <tr key={r.id}>
                    <td className="px-3 py-2">
                      {r.clientId ? (
                        <a href={`/${locale}/clients/${encodeURIComponent(r.clientId)}#consents`} className="text-brand-700 hover:underline dark:text-brand-100">
                          {r.clientName}
                        </a>
                      ) : (
                        r.clientName
                      )}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{pageDay(r.receivedOn, locale)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {pageDay(r.dueOn, locale)}
                      {late && <span className="ml-2 rounded bg-red-100 px-1.5 text-xs font-medium text-red-800 dark:bg-red-950 dark:text-red-200">{t("overdue")}</span>}
                    </td>
                    <td className="px-3 py-2">{t(`statuses.${r.status}` as never)}</td>
                    <td className="px-3 py-2">{r.handledBy || "—"}</td>
                    <td className="px-3 py-2">
                      <div className="flex flex-wrap gap-2">
                        {r.clientId && (
                          <>
                            <a href={`/${locale}/admin/access-requests/dossier/${encodeURIComponent(r.clientId)}`} className="btn btn-secondary !py-1 text-xs">
                              {t("viewDossier")}
                            </a>
                            <a href={`/api/privacy/dossier/${encodeURIComponent(r.clientId)}`} className="btn btn-secondary !py-1 text-xs" download>
                              {t("downloadJson")}
                            </a>
                          </>
                        )}
                        <form action={submitAccessRequestStatus}>
                          <input type="hidden" name="id" value={r.id} />
                          <input type="hidden" name="status" value={r.status === "open" ? "done" : "open"} />
                          <button type="submit" className="btn btn-secondary !py-1 text-xs">
                            {r.status === "open" ? t("markDone") : t("reopen")}
                            <span className="sr-only"> — {r.clientName}</span>
                          </button>
                        </form>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
