"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";

/** Switches language and stays on the same page, query string included. */
export function LanguageSwitcher({ onChange }: { onChange?: (locale: Locale) => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("common.language")}</span>
      <select
        className="input !w-auto !py-1"
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as Locale;
          onChange?.(next);
          const query = search.toString();
          start(() => router.replace(`${pathname}${query ? `?${query}` : ""}`, { locale: next }));
        }}
      >
        {routing.locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
