import { getLocale, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { SearchParams } from "@/lib/records/list-params";
import { CONSENT_LANGUAGES, CONSENT_METHODS, CONSENT_PURPOSES, CURRENT_NOTICE_VERSION, consentsOf } from "@/lib/privacy/consent";
import { submitConsent, submitWithdrawal } from "@/lib/privacy/consent-actions";
import { submitAccessRequest } from "@/lib/privacy/access-request-actions";
import { submitLegalHold } from "@/lib/privacy/retention-actions";
import { pageDay } from "@/lib/privacy/dates";
import { todayIn } from "@/lib/records/wall-time";

const OUTCOMES = { saved: "consentSaved", withdrawn: "consentWithdrawn", invalid: "invalid", error: "error" } as const;

/** « Consentements » on a client's page: consents by purpose with their withdrawal, and the admin's privacy tools. */
export async function ClientPrivacy({ clientId, user, searchParams }: { clientId: string; user: CurrentUser; searchParams: SearchParams }) {
  const [t, locale, consents, client] = await Promise.all([
    getTranslations("privacy"),
    getLocale(),
    consentsOf(clientId),
    db.client.findUnique({ where: { id: clientId }, select: { legalHold: true, preferredLanguage: true } }),
  ]);
  const today = pageDay(todayIn(user.timeZone), locale);
  const canEdit = can(user, "record.update");
  const admin = can(user, "privacy.manage");
  const outcome = OUTCOMES[String(searchParams.consent ?? "") as keyof typeof OUTCOMES];
  const requestError = searchParams.accessRequest === "invalid" || searchParams.accessRequest === "error" || searchParams.legalHold === "error";
  const dateHint = t("dateHint");
  return (
    <section id="consents" className="card min-w-0 space-y-4" aria-labelledby="consents-title">
      <h2 id="consents-title" className="font-semibold">
        {t("consents")}
      </h2>
      <p id="consent-date-hint" className="sr-only">
        {dateHint}
      </p>
      {outcome && (
        <p role={outcome === "invalid" || outcome === "error" ? "alert" : "status"} className={outcome === "invalid" || outcome === "error" ? "text-sm text-red-700 dark:text-red-300" : "alert-success"}>
          {t(outcome)}
        </p>
      )}
      {consents.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("noConsent")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm dark:divide-slate-700">
          {consents.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="font-medium">
                  {t(`purposes.${c.purpose}` as never)}{" "}
                  <span className={c.withdrawnAt ? "text-red-700 dark:text-red-300" : "text-green-800 dark:text-green-300"}>({c.withdrawnAt ? t("withdrawn") : t("active")})</span>
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {t("consentLine", { date: pageDay(c.givenOn, locale), method: t(`methods.${c.method}` as never), language: t(`languages.${c.language}` as never), version: c.noticeVersion, by: c.recordedBy || "—" })}
                </p>
                {c.withdrawnAt && <p className="text-slate-600 dark:text-slate-400">{t("withdrawnLine", { date: pageDay(c.withdrawnOn ?? "", locale), by: c.withdrawnBy ?? "—" })}</p>}
              </div>
              {canEdit && !c.withdrawnAt && (
                <form action={submitWithdrawal} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="clientId" value={clientId} />
                  <input type="hidden" name="consentId" value={c.id} />
                  <label className="text-xs">
                    <span className="block">{t("withdrawnOn")}</span>
                    <input name="withdrawnOn" defaultValue={today} required maxLength={10} className="input !w-32 !py-1" aria-describedby="consent-date-hint" />
                  </label>
                  <button type="submit" className="btn btn-secondary !py-1 text-xs">
                    {t("withdraw")}
                    <span className="sr-only"> — {t(`purposes.${c.purpose}` as never)}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form action={submitConsent} className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-700" aria-labelledby="consent-new">
          <h3 id="consent-new" className="text-sm font-semibold">
            {t("recordConsent")}
          </h3>
          <input type="hidden" name="clientId" value={clientId} />
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t("purpose")}</span>
              <select name="purpose" className="input" required>
                {CONSENT_PURPOSES.map((p) => (
                  <option key={p} value={p}>
                    {t(`purposes.${p}` as never)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t("method")}</span>
              <select name="method" className="input" defaultValue="inPerson" required>
                {CONSENT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`methods.${m}` as never)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t("language")}</span>
              <select name="language" className="input" defaultValue={client?.preferredLanguage === "en" ? "en" : client?.preferredLanguage === "iu" ? "iu" : "fr"} required>
                {CONSENT_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`languages.${l}` as never)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t("noticeVersion")}</span>
              <input name="noticeVersion" defaultValue={CURRENT_NOTICE_VERSION} required maxLength={40} className="input" />
            </label>
            <label className="block text-sm">
              <span className="mb-1 block font-medium">{t("givenOn")}</span>
              <input name="givenOn" defaultValue={today} required maxLength={10} className="input" aria-describedby="consent-date-hint" />
            </label>
          </div>
          <button type="submit" className="btn btn-primary">
            {t("saveConsent")}
          </button>
        </form>
      )}
      {admin && (
        <div className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-700">
          <h3 className="text-sm font-semibold">{t("adminTools")}</h3>
          <form action={submitLegalHold} className="flex flex-wrap items-center gap-2 text-sm">
            <input type="hidden" name="clientId" value={clientId} />
            <input type="hidden" name="hold" value={client?.legalHold ? "no" : "yes"} />
            <span>{client?.legalHold ? t("legalHoldOn") : t("legalHoldOff")}</span>
            <button type="submit" className="btn btn-secondary !py-1 text-xs">
              {client?.legalHold ? t("liftLegalHold") : t("setLegalHold")}
            </button>
          </form>
          <form action={submitAccessRequest} className="flex flex-wrap items-end gap-2 text-sm">
            <input type="hidden" name="clientId" value={clientId} />
            <label>
              <span className="mb-1 block font-medium">{t("requestReceivedOn")}</span>
              <input name="receivedOn" defaultValue={today} required maxLength={10} className="input !w-36" aria-describedby="consent-date-hint" />
            </label>
            <button type="submit" className="btn btn-secondary">
              {t("registerRequest")}
            </button>
            <a href={`/${locale}/admin/access-requests/dossier/${encodeURIComponent(clientId)}`} className="btn btn-secondary">
              {t("viewDossier")}
            </a>
          </form>
          {requestError && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {t("invalid")}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
