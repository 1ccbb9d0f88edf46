"use client";
import { useEffect } from "react";
import { useLocale, useTranslations } from "next-intl";
import { errorReference } from "@/lib/error-reference";

/** What a user sees when a page fails: their language, a reference for support, and a way to try again. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  const reference = errorReference(error);
  useEffect(() => console.error(error), [error]);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-prose text-slate-600 dark:text-slate-400">{t("text")}</p>
      {reference && <p className="font-mono text-sm">{t("reference", { ref: reference })}</p>}
      <div className="flex flex-wrap justify-center gap-2">
        <button type="button" className="btn btn-primary" onClick={() => retry()}>
          {t("retry")}
        </button>
        {/* A plain link: the page's own router state may be what failed. */}
        <a href={`/${locale}`} className="btn btn-secondary">
          {t("goHome")}
        </a>
      </div>
    </main>
  );
}
