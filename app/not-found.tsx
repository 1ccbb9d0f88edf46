import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

/**
 * Addresses no page serves (/fr/nowhere). There is no locale layout around this page, so it brings its own
 * document; the language is the one the middleware read from the address.
 */
export default async function RootNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "errors" });
  const app = await getTranslations({ locale, namespace: "app" });
  return (
    <html lang={locale}>
      <head>
        {/* No layout and so no metadata here: the page names itself (WCAG 2.4.2). */}
        <title>{`${t("pageNotFound")} · ${app("short")}`}</title>
      </head>
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">
        <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
          <h1 className="text-2xl font-semibold">{t("pageNotFound")}</h1>
          <p className="text-slate-600">{t("pageNotFoundText")}</p>
          <a href={`/${locale}`} className="btn btn-primary">
            {t("goHome")}
          </a>
        </main>
      </body>
    </html>
  );
}
