import { headers } from "next/headers";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { requestIp } from "@/lib/auth/request-ip";
import { logEvent } from "@/lib/records/audit";
import { clientDossier, dossierLanguage } from "@/lib/privacy/access-export";

export const dynamic = "force-dynamic";

const refuse = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/** GET /api/privacy/dossier/<clientId>[?lang=fr|en]: the access request's answer as JSON, downloaded, audited. */
export async function GET(request: Request, { params }: { params: Promise<{ clientId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return refuse(401);
  if (user.mustChangePassword || !can(user, "privacy.manage")) return refuse(403);
  const { clientId } = await params;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(clientId)) return refuse(404);
  const preferred = (await db.client.findFirst({ where: { id: clientId, deletedAt: null }, select: { preferredLanguage: true } }))?.preferredLanguage;
  const lang = dossierLanguage(new URL(request.url).searchParams.get("lang"), preferred, user.locale);
  const dossier = await clientDossier(clientId, user, lang);
  if (!dossier) return refuse(404);
  await logEvent(db, { action: "accessExport", user, ip: requestIp(await headers()), module: "clients", recordId: clientId, detail: { format: "json", language: lang } });
  return new Response(JSON.stringify(dossier, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="access-request-${clientId}-${dossier.generatedAt.slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
