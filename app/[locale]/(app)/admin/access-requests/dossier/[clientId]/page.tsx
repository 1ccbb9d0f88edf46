import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/require-user";
import { requestIp } from "@/lib/auth/request-ip";
import { logEvent } from "@/lib/records/audit";
import { clientDossier, dossierLanguage } from "@/lib/privacy/access-export";
import { DossierView } from "@/components/privacy/dossier-view";

export async function generateMetadata() {
  const t = await getTranslations("privacy");
  return { title: t("dossierTitle") };
}

/** The printable answer to an access request, in the client's language (« ?lang=fr|en » to choose another). */
export default async function DossierPage({ params, searchParams }: { params: Promise<{ locale: string; clientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, clientId } = await params;
  setRequestLocale(locale);
  const user = await requireUser("privacy.manage");
  const preferred = (await db.client.findFirst({ where: { id: clientId, deletedAt: null }, select: { preferredLanguage: true } }))?.preferredLanguage;
  const lang = dossierLanguage((await searchParams).lang, preferred, locale);
  const dossier = await clientDossier(clientId, user, lang);
  if (!dossier) notFound();
  await logEvent(db, { action: "accessExport", user, ip: requestIp(await headers()), module: "clients", recordId: clientId, detail: { format: "page", language: lang } });
  const t = await getTranslations({ locale: lang, namespace: "privacy" });
  const other = lang === "fr" ? "en" : "fr";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2 print:hidden">
        <a href={`?lang=${other}`} className="btn btn-secondary" hrefLang={other} lang={other}>
          {other === "fr" ? "Français" : "English"}
        </a>
        <a href={`/api/privacy/dossier/${encodeURIComponent(clientId)}?lang=${lang}`} className="btn btn-secondary" download>
          {t("downloadJson")}
        </a>
      </div>
      <DossierView dossier={dossier} />
    </div>
  );
}
