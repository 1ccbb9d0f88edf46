import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { visitsOfClient } from "@/lib/visits/queries";
import { VisitList } from "@/components/visits/visit-list";

/**
 * Panels of a record page that are not another module's records: the office visits of a client, shown on the
 * client's page and on each of the client's SAE files.
 */
export async function ModulePanels({ moduleKey, recordId, row, user }: { moduleKey: string; recordId: string; row?: Record<string, unknown>; user: CurrentUser }) {
  const clientId = moduleKey === "clients" ? recordId : moduleKey === "sae" && typeof row?.clientId === "string" ? row.clientId : null;
  if (!clientId || !can(user, "record.read")) return null;
  const [t, visits] = await Promise.all([getTranslations("visits"), visitsOfClient(user, clientId)]);
  return (
    <section className="card min-w-0" aria-labelledby="subpanel-visits">
      <h2 id="subpanel-visits" className="mb-2 font-semibold">
        {t("clientVisits")} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">({visits.length >= 20 ? "20+" : visits.length})</span>
      </h2>
      <VisitList visits={visits} showDate showClient={false} />
    </section>
  );
}
