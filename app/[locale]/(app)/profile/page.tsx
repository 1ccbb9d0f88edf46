import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getSettings } from "@/lib/settings";
import { PasswordForm, ProfileForm } from "@/components/admin/profile-forms";
import { AccountMessages } from "@/components/ui/account-messages";
import { EmailPreferences } from "@/components/notifications/email-preferences";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { ProfileSharing } from "@/components/calendar/profile-sharing";
import { ProfileFeed } from "@/components/calendar/profile-feed";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ email?: string | string[]; share?: string | string[]; feed?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(undefined, { passwordChange: true });
  const t = await getTranslations("profile");
  const { email, share, feed } = await searchParams;
  const choices = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailReminders: true, emailAssignments: true } });
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
      {!user.mustChangePassword && <EmailPreferences reminders={choices.emailReminders} assignments={choices.emailAssignments} status={typeof email === "string" ? email : null} />}
      {!user.mustChangePassword && <ProfileSharing userId={user.id} status={typeof share === "string" ? share : null} />}
      {!user.mustChangePassword && <ProfileFeed userId={user.id} status={typeof feed === "string" ? feed : null} appUrl={appUrl()} locale={locale} />}
    </div>
  );
}
