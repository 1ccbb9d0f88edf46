import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canModule, hiddenFields } from "@/lib/auth/access";
import { requestIp } from "@/lib/auth/request-ip";
import { modelOf } from "@/lib/modules/registry";
import { cleanColumns, listColumnsOf } from "@/lib/list-tools/preferences";
import { listStateOf } from "@/lib/list-tools/query";
import { exportOptionsSchema, exportStream } from "@/lib/list-tools/export";
import { funderRowFilter } from "@/lib/privacy/funder-export";

export const dynamic = "force-dynamic";

const refuse = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/**
 * « Exporter »: GET /api/export/<module>?<the list's query>&lang=fr|en&sep=semicolon|comma[&ids=a,b][&cols=a,b].
 * Session, permission and module are checked here (middleware never guards); the list state is parsed against
 * the module's definition like the list page does, and the rows are read in the user's scope.
 */
export async function GET(request: Request, { params }: { params: Promise<{ module: string }> }) {
  const user = await getCurrentUser();
  if (!user) return refuse(401);
  if (user.mustChangePassword) return refuse(403);
  const model = modelOf((await params).module);
  if (!model) return refuse(404);
  if (!(await canModule(user, model.key, "export"))) return refuse(403);
  const url = new URL(request.url);
  const sp = url.searchParams;
  const list = (key: string) => (sp.get(key) ? sp.get(key)!.split(",").slice(0, 1001) : null);
  const options = exportOptionsSchema.safeParse({ lang: sp.get("lang") ?? user.locale, sep: sp.get("sep") ?? ((sp.get("lang") ?? user.locale) === "en" ? "comma" : "semicolon"), ids: list("ids") });
  if (!options.success) return refuse(400);
  const asked = list("cols");
  const hide = await hiddenFields(user, model.key);
  const columns = (asked ? cleanColumns(model.def, asked) : (await listColumnsOf(user.id, model.def)).columns).filter((c) => !hide.has(c));
  if (columns.length === 0) return refuse(400);
  // « Pour un bailleur de fonds »: only clients who consent to sharing with a funder (lib/privacy).
  const purpose = sp.get("purpose");
  if (purpose !== null && (purpose !== "funder" || model.key !== "clients")) return refuse(400);
  const state = listStateOf(model.def, sp);
  const stream = exportStream(model, user, { ...state, locale: options.data.lang }, columns, options.data, requestIp(await headers()), purpose ? funderRowFilter : undefined);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${model.key}-${stamp}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
