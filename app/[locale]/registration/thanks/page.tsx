import { setRequestLocale } from "next-intl/server";
import { kioskText, type KioskLocale } from "@/components/kiosk/kiosk-text";
import { Bilingual } from "@/components/kiosk/bilingual";
import { THANKS_MS } from "@/lib/kiosk/timing";

/** The thank-you screen after a post without scripts; the page itself returns to the form (no script needed). */
export default async function ThanksPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as KioskLocale;
  setRequestLocale(locale);
  const { t, other, pair } = await kioskText(locale);
  return (
    <section className="card space-y-4 !p-8 text-center">
      <meta httpEquiv="refresh" content={`${THANKS_MS / 1000};url=/${locale}/registration`} />
      <h1 className="text-3xl font-semibold">
        <Bilingual primary={t("thanksTitle")} secondary={pair("thanksTitle").secondary} otherLocale={other} />
      </h1>
      <p className="text-xl">
        <Bilingual primary={t("thanksBody")} secondary={pair("thanksBody").secondary} otherLocale={other} />
      </p>
      <p className="text-slate-600 dark:text-slate-400">{t("thanksReset")}</p>
      <a href={`/${locale}/registration`} className="btn btn-primary !min-h-14 !px-8 !text-lg">
        {t("newVisit")}
      </a>
    </section>
  );
}
