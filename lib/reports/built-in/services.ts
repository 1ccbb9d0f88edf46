import "server-only";
import { rows, scopeSql, sql, num } from "@/lib/reports/sql";
import type { BuiltInReport } from "@/lib/reports/types";

type Row = { fr: string; en: string; activity: string | null; services: number; clients: number; partners: number };

/**
 * « Services rendus »: services overlapping the period by service name and « Numéro de l'activité » (one
 * activity, many participants). Participants are the distinct clients and partners of the row.
 */
export const servicesDelivered: BuiltInReport = {
  key: "services",
  modules: ["services"],
  params: ["staff", "service"],
  async run(ctx) {
    const { from, to } = ctx.params.period;
    const { staff, service } = ctx.params;
    const scope = await scopeSql(ctx.user, "services", "s");
    const result = await rows<Row>(sql`
      SELECT MAX(s."serviceNameFr") AS fr, MAX(s."serviceNameEn") AS en, s."activityNumber" AS activity, COUNT(*) AS services,
             COUNT(DISTINCT s."clientId") AS clients, COUNT(DISTINCT s."partnerId") AS partners
      FROM "Service" s
      WHERE ${scope} AND s."startSort" <> '' AND s."startSort" <= ${to} AND COALESCE(s."endDate", s."startDate") >= ${from}
        ${staff ? sql`AND s."staffUserId" = ${staff}` : sql``} ${service ? sql`AND s."serviceName" = ${service}` : sql``}
      GROUP BY s."serviceName", s."activityNumber"`);
    return {
      columns: [{ key: "service" }, { key: "activityNumber" }, { key: "services", numeric: true, total: true }, { key: "participants", numeric: true, total: true }],
      rows: result.map((r) => ({
        service: (ctx.locale === "en" ? r.en : r.fr) || ctx.t("reports.notSpecified"),
        activityNumber: r.activity ?? "",
        services: num(r.services),
        participants: num(r.clients) + num(r.partners),
      })),
      chart: { label: "service", value: "participants" },
    };
  },
};
