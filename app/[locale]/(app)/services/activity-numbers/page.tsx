import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { picklistOptions } from "@/lib/records/picklists";
import { submitActivityNumber } from "@/lib/modules/services/activity-actions";
import { ModuleListLinks } from "@/components/modules/module-list-links";

const PAGE = 100;
type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 200 ? v : "");

export async function generateMetadata() {
  const t = await getTranslations("activityNumbers");
  return { title: t("title") };
}

/**
 * « Numéros d'activité » (managers and admins): every activity number, the service it names, its dates and how
 * many services carry it; each row renames or corrects it with a plain form.
 */
export default async function ActivityNumbersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser("activityNumbers.manage");
  const sp = await searchParams;
  const after = one(sp.after);
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const rows = await db.activityNumber.findMany({ where: after ? { number: { gt: after } } : {}, orderBy: { number: "asc" }, take: PAGE + 1 });
  const shown = rows.slice(0, PAGE);
  const counts = await db.service.groupBy({ by: ["activityNumber"], where: { activityNumber: { in: shown.map((r) => r.number) }, deletedAt: null }, _count: { _all: true } });
  const countOf = new Map(counts.map((c) => [c.activityNumber, c._count._all]));
  const options = await picklistOptions("services", locale, shown.map((r) => r.serviceName));
  const edited = one(sp.edited);
  const error = one(sp.error);
  const message = (key: string) => (/^(activityNumbers|validation|errors)\.[A-Za-z]+$/.test(key) ? (t as (k: string, v: Record<string, string | number>) => string)(key, { number: one(sp.number), max: 40 }) : t("errors.invalid"));
  const dateText = (v: string | null) => (v ? format.dateTime(new Date(`${v}T12:00:00Z`), { timeZone: "UTC", ...(locale === "fr" ? { day: "2-digit", month: "2-digit", year: "numeric" } : {}) }) : "");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("modules.services.name")}</h1>
      <ModuleListLinks moduleKey="services" user={user} current="activityNumbers" />
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("activityNumbers.intro")}</p>
      {shown.length === 0 && <p className="text-sm">{t("activityNumbers.none")}</p>}
      <ul className="space-y-3">
        {shown.map((row) => {
          const rowError = edited === row.id && error ? message(error) : null;
          const errorId = `activity-${row.id}-error`;
          return (
            <li key={row.id} className="card">
              <form action={submitActivityNumber} className="grid items-end gap-3 sm:grid-cols-2 xl:grid-cols-4">
                <input type="hidden" name="id" value={row.id} />
                <label className="text-sm">
                  <span className="mb-1 block font-medium">{t("modules.services.fields.activityNumber")}</span>
                  <input name="number" className="input" required maxLength={40} defaultValue={row.number} aria-invalid={rowError && one(sp.field) === "number" ? true : undefined} aria-describedby={rowError ? errorId : undefined} />
                </label>
                <label className="text-sm">
                  <span className="mb-1 block font-medium">{t("modules.services.fields.serviceName")}</span>
                  <select name="serviceName" className="input" defaultValue={row.serviceName} required>
                    {options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="text-sm">
                  <span className="mb-1 block font-medium">{t("modules.services.fields.startDate")}</span>
                  <input name="startDate" className="input" maxLength={10} defaultValue={dateText(row.startDate)} placeholder={t("activityNumbers.datePlaceholder")} />
                </label>
                <label className="text-sm">
                  <span className="mb-1 block font-medium">{t("modules.services.fields.endDate")}</span>
                  <input name="endDate" className="input" maxLength={10} defaultValue={dateText(row.endDate)} placeholder={t("activityNumbers.datePlaceholder")} />
                </label>
                <div className="flex flex-wrap items-center justify-between gap-3 sm:col-span-full">
                  <Link href={`/services?q=${encodeURIComponent(row.number)}`} className="text-sm text-brand-700 hover:underline dark:text-brand-100">
                    {t("activityNumbers.services", { count: countOf.get(row.number) ?? 0 })}
                  </Link>
                  <button type="submit" className="btn btn-primary">
                    {t("activityNumbers.save", { number: row.number })}
                  </button>
                </div>
                {rowError && (
                  <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-300 sm:col-span-full">
                    {rowError}
                  </p>
                )}
                {edited === row.id && sp.saved === "1" && (
                  <p role="status" className="text-sm text-green-800 dark:text-green-300 sm:col-span-full">
                    {t("activityNumbers.saved")}
                  </p>
                )}
              </form>
            </li>
          );
        })}
      </ul>
      {rows.length > PAGE && (
        <Link href={`/services/activity-numbers?after=${encodeURIComponent(shown[shown.length - 1].number)}`} className="btn btn-ghost" rel="next">
          {t("records.next")}
        </Link>
      )}
    </div>
  );
}
