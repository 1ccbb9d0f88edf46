import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { visitRecipientIds } from "@/lib/kiosk/recipients";
import { submitVisitRecipients } from "@/lib/kiosk/recipient-actions";

/** « Visites au bureau : personnes averties »: the active staff who get a bell notification for each kiosk visit. */
export async function VisitRecipientsForm({ outcome }: { outcome?: string }) {
  const [t, users, chosen] = await Promise.all([
    getTranslations(),
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    visitRecipientIds(),
  ]);
  return (
    <section id="visit-recipients" className="card max-w-xl space-y-3" aria-labelledby="visit-recipients-title">
      <h2 id="visit-recipients-title" className="font-semibold">{t("visits.recipients")}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("visits.recipientsHint")}</p>
      <form action={submitVisitRecipients} className="space-y-3">
        <fieldset className="grid gap-2 sm:grid-cols-2">
          <legend className="sr-only">{t("visits.recipients")}</legend>
          {users.map((u) => (
            <label key={u.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="userIds" value={u.id} defaultChecked={chosen.includes(u.id)} className="size-4" />
              <span className="min-w-0 wrap-anywhere">
                {u.name} <span className="text-slate-600 dark:text-slate-400">({u.email})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn btn-primary">
          {t("visits.recipientsSave")}
        </button>
        {outcome === "saved" && (
          <p role="status" className="text-sm text-green-800 dark:text-green-300">
            {t("visits.recipientsSaved")}
          </p>
        )}
        {outcome === "error" && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {t("errors.invalid")}
          </p>
        )}
      </form>
    </section>
  );
}
