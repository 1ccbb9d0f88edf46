import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getSettings } from "@/lib/settings";
import { PasswordForm, ProfileForm } from "@/components/admin/profile-forms";
import { AccountMessages } from "@/components/ui/account-messages";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser(undefined, { passwordChange: true });
  const t = await getTranslations("profile");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AccountMessages>
        {user.mustChangePassword ? (
          <p className="alert-error" role="alert">
            {t("mustChangePassword")}
          </p>
        ) : (
          <ProfileForm name={user.name} email={user.email} locale={user.locale} timeZone={user.ownTimeZone} organisationTimeZone={(await getSettings()).timeZone} />
        )}
        <PasswordForm />
      </AccountMessages>
    </div>
  );
}
