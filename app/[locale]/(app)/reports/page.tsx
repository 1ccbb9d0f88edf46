import { getTranslations, setRequestLocale } from "next-intl/server";
import { BarChart3 } from "lucide-react";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { BUILT_IN_REPORTS, mayUseReport } from "@/lib/reports/catalog";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

/** « Rapports »: the built-in reports the user may run. */
export default async function ReportsPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser();
  const t = await getTranslations("reports");
  const reports = [];
  for (const r of BUILT_IN_REPORTS) if (await mayUseReport(user, r, "read")) reports.push(r);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
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
    </div>
  );
}
