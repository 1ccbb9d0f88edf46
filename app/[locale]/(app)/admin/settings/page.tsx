import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getSettings } from "@/lib/settings";
import { SettingsForm } from "@/components/admin/settings-form";
import { FileSettingsForm } from "@/components/admin/file-settings-form";
import { getFileSettings } from "@/lib/files/settings";
import { VisitRecipientsForm } from "@/components/admin/visit-recipients-form";
import { PrivacySettingsForm } from "@/components/privacy/privacy-settings-form";

export async function generateMetadata() {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  await requireUser("settings.manage");
  const t = await getTranslations("settings");
  // Canadian zones first: Nunavut alone spans three of them.
  const all = Intl.supportedValuesOf("timeZone");
  const canadian = ["America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay", "America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver", "America/Halifax", "America/St_Johns"].filter((z) => all.includes(z));
  const timeZones = [...canadian, ...all.filter((z) => !canadian.includes(z))];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <SettingsForm settings={await getSettings()} timeZones={timeZones} />
      <FileSettingsForm settings={await getFileSettings()} />
      <VisitRecipientsForm outcome={String((await searchParams).visitRecipients ?? "")} />
      <PrivacySettingsForm outcome={String((await searchParams).privacy ?? "")} />
    </div>
  );
}
