import { getTranslations } from "next-intl/server";
import { emailPreferencesForm } from "@/lib/notifications/actions";

/** « Mon profil » › « Notifications par courriel »: a plain form that posts and comes back before scripts load. */
export async function EmailPreferences({ reminders, assignments, status }: { reminders: boolean; assignments: boolean; status: string | null }) {
  const t = await getTranslations("notifications");
  return (
    <form action={emailPreferencesForm} id="email-preferences" className="card space-y-3">
      <h2 className="font-semibold">{t("emailTitle")}</h2>
      {status === "saved" && (
        <p className="alert-success" role="status">
          {t("emailSaved")}
        </p>
      )}
      {status === "error" && (
        <p className="alert-error" role="alert">
          {t("emailError")}
        </p>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("emailIntro")}</p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="emailReminders" defaultChecked={reminders} className="size-4" />
        {t("emailReminders")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="emailAssignments" defaultChecked={assignments} className="size-4" />
        {t("emailAssignments")}
      </label>
      <button type="submit" className="btn btn-primary">
        {t("emailSave")}
      </button>
    </form>
  );
}
