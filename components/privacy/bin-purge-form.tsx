import { getTranslations } from "next-intl/server";
import { getPrivacySettings } from "@/lib/privacy/settings";
import { submitEmptyBin } from "@/lib/privacy/settings-actions";

/** Under the recycle bin: how long records stay, and « Vider maintenant » (legal holds stay). */
export async function BinPurgeForm({ purged, failed }: { purged: string | null; failed: boolean }) {
  const [t, settings] = await Promise.all([getTranslations("privacy"), getPrivacySettings()]);
  return (
    <section className="card space-y-3" aria-labelledby="bin-purge-title">
      <h2 id="bin-purge-title" className="font-semibold">
        {t("binPurgeTitle")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("binPurgeIntro", { days: settings.binRetentionDays })}</p>
      {purged !== null && (
        <p className="alert-success" role="status">
          {t("binPurged", { count: Number(purged) || 0 })}
        </p>
      )}
      {failed && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("error")}
        </p>
      )}
      <form action={submitEmptyBin} className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" value="yes" required className="size-4" /> {t("binPurgeConfirm")}
        </label>
        <button type="submit" className="btn btn-danger">
          {t("binPurgeNow")}
        </button>
      </form>
    </section>
  );
}
