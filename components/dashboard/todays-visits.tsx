import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { visitsOfDay } from "@/lib/visits/queries";
import { todayIn } from "@/lib/records/wall-time";
import { VisitList } from "@/components/visits/visit-list";

const SHOWN = 8;

/** Dashlet « Visites d'aujourd'hui »: who signed in at the office kiosk today, latest first, each opening the client. */
export async function TodaysVisitsDashlet({ user }: { user: CurrentUser }) {
  if (!can(user, "record.read")) return null;
  const [t, visits] = await Promise.all([getTranslations("visits"), visitsOfDay(user, todayIn(user.timeZone))]);
  return (
    <section className="card" aria-labelledby="dashlet-visits">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id="dashlet-visits" className="font-semibold">
          {t("today")} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({visits.length})</span>
        </h2>
        <Link href="/sae/visits" className="text-sm text-brand-600 hover:underline dark:text-brand-100">
          {t("seeAll")}
        </Link>
      </div>
      <VisitList visits={visits.slice(-SHOWN).reverse()} />
    </section>
  );
}
