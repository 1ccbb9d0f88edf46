import { getTranslations, setRequestLocale } from "next-intl/server";

const PARAGRAPHS = ["who", "use", "rights", "refuse"] as const;

export async function generateMetadata() {
  const t = await getTranslations("kiosk");
  return { title: t("privacyTitle") };
}

/** « Avis de confidentialité » the kiosk's consent refers to, in the page's language. */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("kiosk");
  const other = locale === "fr" ? "en" : "fr";
  return (
    <article className="card space-y-4 !p-8 text-lg">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-3xl font-semibold">{t("privacyTitle")}</h1>
        <a href={`/${other}/registration/privacy`} lang={other} hrefLang={other} className="btn btn-secondary !min-h-12 !px-5">
          {t("otherLanguage")}
        </a>
      </div>
      {PARAGRAPHS.map((p) => (
        <p key={p}>{t(`privacyBody.${p}`)}</p>
      ))}
      <a href={`/${locale}/registration`} className="btn btn-primary !min-h-14 !px-8">
        {t("back")}
      </a>
    </article>
  );
}
