import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { AccountMessages } from "@/components/ui/account-messages";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between gap-3">
          <p className="text-lg font-semibold text-brand-700 dark:text-brand-100">{t("name")}</p>
          <LanguageSwitcher />
        </div>
        <div className="card !p-6">
          <AccountMessages>{children}</AccountMessages>
        </div>
      </div>
    </main>
  );
}
