import { stringify } from "csv-stringify/sync";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { jobFor } from "@/lib/import/access";
import { reportRows, translatorWithModules } from "@/lib/import/report";

export const dynamic = "force-dynamic";

/** GET /api/import/<id>/report?dry=1: every line's outcome and reasons, as CSV in the reader's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const job = can(user, "import.run") ? await jobFor(user, (await params).id) : null;
  if (!job) return new Response(null, { status: 404 });
  const dry = new URL(request.url).searchParams.get("dry") === "1";
  const t = translatorWithModules(user.locale);
  const rows = await reportRows(job, dry, t);
  const delimiter = user.locale === "fr" ? ";" : ",";
  const header = ["line", "outcome", "reasons", "record"].map((k) => t(`import.reportHeaders.${k}`));
  const body = stringify([header, ...rows.map((r) => [r.line, r.outcome, r.reasons, r.recordId ?? ""])], { delimiter, record_delimiter: "windows", bom: true });
  const name = `import-${job.module}-${dry ? "essai" : "rapport"}-${job.id}.csv`;
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" } });
}
