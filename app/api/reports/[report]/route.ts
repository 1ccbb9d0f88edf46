import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestIp } from "@/lib/auth/request-ip";
import { db } from "@/lib/db";
import { logEvent } from "@/lib/records/audit";
import { builtInReport, mayUseReport } from "@/lib/reports/catalog";
import { reportCsvStream } from "@/lib/reports/csv";
import { runReport, translatorFor } from "@/lib/reports/run";

export const dynamic = "force-dynamic";

const refuse = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A built-in report as CSV: GET /api/reports/<key>?<the page's query>&lang=fr|en. The same run as the page (same
 * parameters, sort, column order and totals); session and « export » on every module the report reads are
 * checked here.
 */
export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  const user = await getCurrentUser();
  if (!user) return refuse(401);
  const report = builtInReport((await params).report);
  if (!report) return refuse(404);
  if (user.mustChangePassword || !(await mayUseReport(user, report, "export"))) return refuse(403);
  const sp = new URL(request.url).searchParams;
  const locale = (sp.get("lang") ?? user.locale) === "en" ? "en" : "fr";
  const table = await runReport(report, user, locale, sp);
  await logEvent(db, {
    action: "export",
    user: { id: user.id, name: user.name },
    ip: requestIp(await headers()),
    module: report.modules[0],
    detail: { report: report.key, from: table.params.period.from, to: table.params.period.to, rows: table.rows.length },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(reportCsvStream(table, translatorFor(locale), locale === "en" ? "," : ";"), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${report.key}-${table.params.period.from}-${table.params.period.to}-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
