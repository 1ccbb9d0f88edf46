import { getTranslations } from "next-intl/server";
import { mySharing } from "@/lib/calendar/sharing";
import { shareCalendarForm, unshareCalendarForm } from "@/lib/calendar/profile-actions";
import { SHARE_LEVELS } from "@/lib/calendar/share-rules";

const STATUS = { saved: "alert-success", removed: "alert-success", error: "alert-error" } as const;

/** « Mon profil » › « Partage du calendrier »: plain forms that post and come back before scripts load. */
export async function ProfileSharing({ userId, status }: { userId: string; status: string | null }) {
  const t = await getTranslations("calendar.sharing");
  const { shares, colleagues } = await mySharing(userId);
  const shown = status && status in STATUS ? (status as keyof typeof STATUS) : null;
  return (
    <section id="calendar-sharing" className="card space-y-3" aria-labelledby="calendar-sharing-title">
      <h2 id="calendar-sharing-title" className="font-semibold">
        {t("title")}
      </h2>
      {shown && (
        <p className={STATUS[shown]} role={shown === "error" ? "alert" : "status"}>
          {t(shown)}
        </p>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      {shares.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700" aria-label={t("sharedWith")}>
          {shares.map((s) => (
            <li key={s.viewerId} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{s.name}</span> — {t(`levels.${s.level}`)}
              </span>
              <form action={unshareCalendarForm}>
                <input type="hidden" name="viewerId" value={s.viewerId} />
                <button type="submit" className="btn btn-secondary !py-1 text-sm">
                  {t("stop", { name: s.name })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {colleagues.length > 0 && (
        <form action={shareCalendarForm} className="flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col gap-1">
            {t("colleague")}
            <select name="viewerId" className="input !w-auto" required defaultValue="">
              <option value="" disabled />
              {colleagues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            {t("level")}
            <select name="level" className="input !w-auto" defaultValue="busy">
              {SHARE_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`levels.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-primary">
            {t("share")}
          </button>
        </form>
      )}
    </section>
  );
}
