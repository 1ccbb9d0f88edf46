import { headers } from "next/headers";
import { canModule } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestIp } from "@/lib/auth/request-ip";
import { db } from "@/lib/db";
import { logEvent } from "@/lib/records/audit";
import { runBuilder } from "@/lib/reports/builder/run";
import { runnableReport } from "@/lib/reports/builder/saved";
import { reportCsvStream } from "@/lib/reports/csv";
import { translatorFor } from "@/lib/reports/run";
import { tableViewOf } from "@/lib/reports/table";

export const dynamic = "force-dynamic";

const refuse = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/** A saved report as CSV for its owner or a colleague it is shared with, who needs « export » on its module. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return refuse(401);
  if (user.mustChangePassword) return refuse(403);
  const found = await runnableReport((await params).id, user);
  if (!found) return refuse(404);
  if (!(await canModule(user, found.spec.module, "export"))) return refuse(403);
  const sp = new URL(request.url).searchParams;
  const locale = (sp.get("lang") ?? user.locale) === "en" ? "en" : "fr";
  const table = await runBuilder(found.spec, user, tableViewOf(sp), locale);
  if (!table) return refuse(403);
  await logEvent(db, { action: "export", user: { id: user.id, name: user.name }, ip: requestIp(await headers()), module: found.spec.module, detail: { savedReport: found.row.id, rows: table.rows.length } });
  return new Response(reportCsvStream(table, translatorFor(locale), locale === "en" ? "," : ";"), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="report-${found.spec.module}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
