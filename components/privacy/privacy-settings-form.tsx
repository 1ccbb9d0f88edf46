import { getTranslations } from "next-intl/server";
import { BIN_RETENTION_CHOICES, getPrivacySettings } from "@/lib/privacy/settings";
import { submitPrivacySettings } from "@/lib/privacy/settings-actions";

/** The recycle bin's retention period and the retention review's inactivity period (plain form, no scripts needed). */
export async function PrivacySettingsForm({ outcome }: { outcome?: string }) {
  const [t, settings] = await Promise.all([getTranslations("privacy"), getPrivacySettings()]);
  return (
    <form id="privacy-settings" action={submitPrivacySettings} className="card max-w-xl space-y-4" aria-labelledby="privacy-settings-title">
      <h2 id="privacy-settings-title" className="text-lg font-semibold">
        {t("settingsTitle")}
      </h2>
      {outcome === "saved" && (
        <p className="alert-success" role="status">
          {t("settingsSaved")}
        </p>
      )}
      {outcome === "error" && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("invalid")}
        </p>
      )}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t("binRetentionDays")}</span>
        <select name="binRetentionDays" defaultValue={String(settings.binRetentionDays)} className="input max-w-48" aria-describedby="bin-retention-hint">
          {BIN_RETENTION_CHOICES.map((d) => (
            <option key={d} value={d}>
              {t("days", { count: d })}
            </option>
          ))}
        </select>
        <span id="bin-retention-hint" className="mt-1 block text-slate-600 dark:text-slate-400">
          {t("binRetentionHint")}
        </span>
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{t("inactiveMonths")}</span>
        <input name="inactiveMonths" type="number" min={12} max={240} required defaultValue={settings.inactiveMonths} className="input max-w-40" aria-describedby="inactive-months-hint" />
        <span id="inactive-months-hint" className="mt-1 block text-slate-600 dark:text-slate-400">
          {t("inactiveMonthsHint")}
        </span>
      </label>
      <button type="submit" className="btn btn-primary">
        {t("saveSettings")}
      </button>
    </form>
  );
}
