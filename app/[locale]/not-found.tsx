import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Unknown address or a record that does not exist (or was deleted): said in the user's language. */
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("pageNotFound")}</h1>
      <p className="text-slate-600 dark:text-slate-400">{t("pageNotFoundText")}</p>
      <Link href="/" className="btn btn-primary">
        {t("goHome")}
      </Link>
    </main>
  );
}
