import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { clientsModel } from "@/lib/modules/clients/model";
import { listStateOf } from "@/lib/list-tools/query";
import { funderExportCounts } from "@/lib/privacy/funder-export";

export async function generateMetadata() {
  const t = await getTranslations("privacy");
  return { title: t("funderTitle") };
}

// A static segment beside [module]: /clients/funder-export is this page, /clients/<id> stays a client.
/**
 * « Exporter pour un bailleur de fonds »: the clients list's export, keeping only the clients who consent to
 * sharing with a funder, and saying beforehand how many the file leaves out.
 */
export default async function FunderExportPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser("record.export");
  const sp = await searchParams;
  const query = new URLSearchParams(Object.entries(sp).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : Array.isArray(v) ? v.map((x) => [k, x]) : [])));
  const ids = query.get("ids")?.split(",").filter((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id)).slice(0, 1000);
  const state = listStateOf(clientsModel.def, query);
  const [t, locale, counts] = await Promise.all([getTranslations("privacy"), getLocale(), funderExportCounts(state, user, ids?.length ? ids : undefined)]);
  const hidden = [...query].filter(([k]) => !["purpose", "lang", "sep"].includes(k));
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("funderTitle")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("funderIntro")}</p>
      <div className="card space-y-2" role="status">
        <p className="font-medium">{t(counts.capped ? "funderKeptCapped" : "funderKept", { count: counts.kept })}</p>
        <p className={counts.leftOut > 0 ? "font-medium text-red-700 dark:text-red-300" : ""}>{t(counts.capped ? "funderLeftOutCapped" : "funderLeftOut", { count: counts.leftOut })}</p>
      </div>
      <form method="get" action="/api/export/clients" className="card space-y-4">
        {hidden.map(([k, v], i) => (
          <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
        ))}
        <input type="hidden" name="purpose" value="funder" />
        <input type="hidden" name="lang" value={locale === "en" ? "en" : "fr"} />
        <input type="hidden" name="sep" value={locale === "en" ? "comma" : "semicolon"} />
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={counts.kept === 0}>
            {t("funderDownload", { count: counts.kept })}
          </button>
          <a href={`/${locale}/clients${hidden.length ? `?${new URLSearchParams(hidden.filter(([k]) => k !== "ids"))}` : ""}`} className="btn btn-secondary">
            {t("backToList")}
          </a>
        </div>
      </form>
    </div>
  );
}
