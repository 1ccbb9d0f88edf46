import { PERIOD_PRESETS } from "@/lib/reports/period";
import type { ReportParamKey, ReportParams } from "@/lib/reports/types";
import type { TableView } from "@/lib/reports/table";

type Option = { value: string; label: string };
type Props = {
  params: ReportParams;
  show: readonly ReportParamKey[];
  view: TableView;
  options: { staff: Option[]; program: Option[]; service: Option[] };
  t: (key: string) => string;
};

/** The report's parameters as a GET form: the address is the report, so it can be bookmarked and shared. */
export function ReportParamsForm({ params, show, view, options, t }: Props) {
  const select = (name: ReportParamKey, value: string, choices: Option[], anyLabel?: string) => (
    <div>
      <label htmlFor={`report-${name}`} className="label">{t(`reports.params.${name}`)}</label>
      <select id={`report-${name}`} name={name} defaultValue={value} className="input">
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {choices.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("reports.params.title")}>
      <div>
        <label htmlFor="report-period" className="label">{t("reports.params.period")}</label>
        <select id="report-period" name="period" defaultValue={params.period.preset} className="input">
          {PERIOD_PRESETS.map((p) => (
            <option key={p} value={p}>{t(`reports.presets.${p}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="report-from" className="label">{t("reports.params.from")}</label>
        <input id="report-from" name="from" type="date" defaultValue={params.period.from} className="input" aria-describedby="report-custom-hint" />
      </div>
      <div>
        <label htmlFor="report-to" className="label">{t("reports.params.to")}</label>
        <input id="report-to" name="to" type="date" defaultValue={params.period.to} className="input" aria-describedby="report-custom-hint" />
      </div>
      {show.includes("staff") && select("staff", params.staff ?? "", options.staff, t("reports.params.anyone"))}
      {show.includes("program") && select("program", params.program ?? "", options.program, t("reports.params.all"))}
      {show.includes("service") && select("service", params.service ?? "", options.service, t("reports.params.all"))}
      {show.includes("unit") && select("unit", params.unit, (["day", "week", "month"] as const).map((u) => ({ value: u, label: t(`reports.units.${u}`) })))}
      {show.includes("by") && select("by", params.by, (["clientStatus", "immigrationStatus"] as const).map((b) => ({ value: b, label: t(`reports.by.${b}`) })))}
      {view.order.length > 0 && <input type="hidden" name="cols" value={view.order.join(",")} />}
      {view.sort && <input type="hidden" name="sort" value={view.sort} />}
      {view.sort && <input type="hidden" name="dir" value={view.dir} />}
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="btn btn-primary">{t("reports.params.apply")}</button>
        <p id="report-custom-hint" className="text-xs text-slate-500 dark:text-slate-400">{t("reports.params.customHint")}</p>
      </div>
    </form>
  );
}
