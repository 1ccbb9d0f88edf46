import "server-only";
import { canModule } from "@/lib/auth/access";
import { activitiesByStaff } from "@/lib/reports/built-in/activities";
import { clientsServed } from "@/lib/reports/built-in/clients-served";
import { partnersEngaged } from "@/lib/reports/built-in/partners";
import { programParticipations } from "@/lib/reports/built-in/programs";
import { saeFiles } from "@/lib/reports/built-in/sae";
import { servicesDelivered } from "@/lib/reports/built-in/services";
import { officeVisits } from "@/lib/reports/built-in/visits";
import type { BuiltInReport, ReportUser } from "@/lib/reports/types";

/** The built-in reports, in the order the reports page lists them. */
export const BUILT_IN_REPORTS: readonly BuiltInReport[] = [clientsServed, servicesDelivered, programParticipations, saeFiles, officeVisits, activitiesByStaff, partnersEngaged];

export function builtInReport(key: unknown): BuiltInReport | null {
  return BUILT_IN_REPORTS.find((r) => r.key === key) ?? null;
}

/** Whether the user may run (« read ») or download (« export ») a report: every module it reads must allow it. */
export async function mayUseReport(user: ReportUser, report: Pick<BuiltInReport, "modules">, action: "read" | "export"): Promise<boolean> {
  for (const key of report.modules) if (!(await canModule(user, key, action))) return false;
  return true;
}
