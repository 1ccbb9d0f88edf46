import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart3, Plus } from "lucide-react";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { reportsFor } from "@/lib/reports/builder/saved";
import { BUILT_IN_REPORTS, mayUseReport } from "@/lib/reports/catalog";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

/** « Rapports »: the built-in reports the user may run, their own saved reports and those shared with them. */
export default async function ReportsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser();
  const t = await getTranslations("reports");
  const tAll = await getTranslations();
  const { mine, shared } = await reportsFor(user.id);
  const deleted = (await searchParams).deleted === "1";
  const reports = [];
  for (const r of BUILT_IN_REPORTS) if (await mayUseReport(user, r, "read")) reports.push(r);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
        </div>
        <Link href="/reports/builder" className="btn btn-primary">
          <Plus className="size-4" aria-hidden /> {t("newReport")}
        </Link>
      </div>
      {deleted && <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{t("deleted")}</p>}
      <section aria-labelledby="reports-built-in" className="space-y-2">
        <h2 id="reports-built-in" className="text-lg font-semibold">{t("builtInTitle")}</h2>
        <ul className="grid gap-[var(--gap)] md:grid-cols-2 xl:grid-cols-3">
          {reports.map((r) => (
            <li key={r.key} className="card">
              <Link href={`/reports/${r.key}?period=lastQuarter`} className="inline-flex items-center gap-2 font-semibold text-brand-600 hover:underline dark:text-brand-100">
                <BarChart3 className="size-4" aria-hidden /> {t(`builtIn.${r.key}.title` as never)}
              </Link>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t(`builtIn.${r.key}.description` as never)}</p>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-[var(--gap)] md:grid-cols-2">
        {([["mine", mine, t("myReports"), t("noSaved")], ["shared", shared, t("sharedWithMe"), t("noShared")]] as const).map(([key, list, title, empty]) => (
          <section key={key} aria-labelledby={`reports-${key}`} className="card">
            <h2 id={`reports-${key}`} className="mb-2 text-lg font-semibold">{title}</h2>
            {list.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>
            ) : (
              <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
                {list.map((r) => (
                  <li key={r.id} className="flex items-baseline justify-between gap-3 py-[var(--row-y)]">
                    <Link href={`/reports/saved/${r.id}`} className="truncate font-medium text-brand-600 hover:underline dark:text-brand-100">{r.name}</Link>
                    <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
                      {tAll(`modules.${r.module}.name` as never)}
                      {"owner" in r ? ` · ${t("sharedByName", { name: r.owner.name })}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
