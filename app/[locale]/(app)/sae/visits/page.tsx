import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { Link } from "@/lib/i18n/navigation";
import { parseDay, shiftDay, visitsOfDay } from "@/lib/visits/queries";
import { todayIn } from "@/lib/records/wall-time";
import { VisitList } from "@/components/visits/visit-list";
import { ModuleListLinks } from "@/components/modules/module-list-links";

export async function generateMetadata() {
  const t = await getTranslations("visits");
  return { title: t("title") };
}

/** « Visites » of the SAE module: the office visits of one day (today by default), each opening its client. */
export default async function VisitsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser("record.read");
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const today = todayIn(user.timeZone);
  const day = parseDay((await searchParams).day) ?? today;
  const visits = await visitsOfDay(user, day);
  const dayDate = new Date(`${day}T12:00:00Z`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("modules.sae.name")}</h1>
      <ModuleListLinks moduleKey="sae" user={user} current="visits" />
      <section className="card space-y-3" aria-labelledby="visits-day">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="visits-day" className="font-semibold">
            {day === today ? t("visits.today") : format.dateTime(dayDate, { dateStyle: "full", timeZone: "UTC" })} ({visits.length})
          </h2>
          <nav className="flex gap-2 text-sm" aria-label={t("visits.days")}>
            <Link href={`/sae/visits?day=${shiftDay(day, -1)}`} className="btn btn-ghost !py-1" rel="prev">
              {t("visits.previousDay")}
            </Link>
            {day !== today && (
              <Link href="/sae/visits" className="btn btn-ghost !py-1">
                {t("visits.backToday")}
              </Link>
            )}
            {day < today && (
              <Link href={`/sae/visits?day=${shiftDay(day, 1)}`} className="btn btn-ghost !py-1" rel="next">
                {t("visits.nextDay")}
              </Link>
            )}
          </nav>
        </div>
        <VisitList visits={visits} />
      </section>
    </div>
  );
}
