import { resolvePeriod } from "@/lib/reports/period";
import type { ReportParams } from "@/lib/reports/types";

type Source = { get(name: string): string | null };
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const VALUE = /^[A-Za-z0-9_.-]{1,100}$/;

/** A report's parameters from its address; a value that does not fit is dropped, never passed on. */
export function reportParamsOf(sp: Source, timeZone: string, now = new Date()): ReportParams {
  const pick = (name: string, re: RegExp) => {
    const v = sp.get(name);
    return v && re.test(v) ? v : null;
  };
  const unit = sp.get("unit");
  return {
    period: resolvePeriod({ period: sp.get("period"), from: sp.get("from"), to: sp.get("to") }, timeZone, now),
    staff: pick("staff", ID),
    program: pick("program", VALUE),
    service: pick("service", VALUE),
    unit: unit === "day" || unit === "month" ? unit : "week",
    by: sp.get("by") === "immigrationStatus" ? "immigrationStatus" : "clientStatus",
  };
}

/** The address query of parameters (what links, the form and the CSV link carry). */
export function reportQuery(params: ReportParams): URLSearchParams {
  const q = new URLSearchParams({ period: params.period.preset });
  if (params.period.preset === "custom") {
    q.set("from", params.period.from);
    q.set("to", params.period.to);
  }
  for (const key of ["staff", "program", "service"] as const) if (params[key]) q.set(key, params[key]!);
  q.set("unit", params.unit);
  q.set("by", params.by);
  return q;
}
