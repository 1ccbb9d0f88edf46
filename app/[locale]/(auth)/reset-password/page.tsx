import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { resetTokenIsValid } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("resetTitle") };
}

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw : undefined; // ?token=a&token=b is an array
  const t = await getTranslations("auth");
  if (!token || token.length > 128 || !(await resetTokenIsValid(token))) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t("resetTitle")}</h1>
        <p className="alert-error">{t("resetInvalid")}</p>
        <Link href="/forgot-password" className="btn btn-secondary w-full">
          {t("forgot")}
        </Link>
      </div>
    );
  }
  return <ResetPasswordForm token={token} permalink={`/${locale}/reset-password?token=${encodeURIComponent(token)}`} />;
}
