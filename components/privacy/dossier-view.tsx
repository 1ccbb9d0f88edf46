import { getTranslations } from "next-intl/server";
import type { Dossier, DossierRecord } from "@/lib/privacy/access-export";
import { pageDay } from "@/lib/privacy/dates";

function Fields({ record }: { record: DossierRecord }) {
  const shown = record.fields.filter((f) => f.value !== "");
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {shown.map((f) => (
        <div key={f.name} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{f.label}</dt>
          <dd className="wrap-anywhere whitespace-pre-line">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything held on one client, as a page to print or save as PDF, written in the dossier's language. */
export async function DossierView({ dossier }: { dossier: Dossier }) {
  const lang = dossier.language;
  const [t, tAudit] = await Promise.all([getTranslations({ locale: lang, namespace: "privacy" }), getTranslations({ locale: lang, namespace: "auditLog" })]);
  const at = (iso: string) => `${pageDay(iso.slice(0, 10), lang)} ${iso.slice(11, 16)} UTC`;
  const none = <p className="text-sm text-slate-600 dark:text-slate-400">{t("nothing")}</p>;
  return (
    <article lang={lang} className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t("dossierHeading", { name: dossier.client.title })}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("dossierIntro", { date: at(dossier.generatedAt) })}</p>
      </header>
      <section className="card break-inside-avoid space-y-2" aria-labelledby="dossier-profile">
        <h2 id="dossier-profile" className="font-semibold">
          {t("profile")}
        </h2>
        <Fields record={dossier.client} />
      </section>
      {dossier.sections.map((s) => (
        <section key={s.module} className="card space-y-2" aria-labelledby={`dossier-${s.module}`}>
          <h2 id={`dossier-${s.module}`} className="font-semibold">
            {s.title} ({s.records.length})
          </h2>
          {s.records.length === 0
            ? none
            : s.records.map((r) => (
                <div key={r.id} className="break-inside-avoid border-t border-slate-200 pt-2 first:border-0 first:pt-0 dark:border-slate-700">
                  <h3 className="mb-1 text-sm font-semibold">{r.title}</h3>
                  <Fields record={r} />
                  {s.module === "documents" && (
                    <ul className="mt-1 list-disc pl-5 text-sm">
                      {dossier.documentVersions
                        .filter((v) => v.documentId === r.id)
                        .map((v) => (
                          <li key={v.number}>{t("documentVersion", { number: v.number, name: v.fileName, date: at(v.createdAt) })}</li>
                        ))}
                    </ul>
                  )}
                </div>
              ))}
        </section>
      ))}
      <section className="card space-y-2" aria-labelledby="dossier-consents">
        <h2 id="dossier-consents" className="font-semibold">
          {t("consents")} ({dossier.consents.length})
        </h2>
        {dossier.consents.length === 0 ? (
          none
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {dossier.consents.map((c, i) => (
              <li key={i}>
                {t(`purposes.${c.purpose}` as never)} — {t("consentLine", { date: pageDay(c.givenOn, lang), method: t(`methods.${c.method}` as never), language: t(`languages.${c.language}` as never), version: c.noticeVersion, by: c.recordedBy || "—" })}
                {c.withdrawnOn && <> — {t("withdrawnLine", { date: pageDay(c.withdrawnOn, lang), by: c.withdrawnBy ?? "—" })}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card space-y-2" aria-labelledby="dossier-visits">
        <h2 id="dossier-visits" className="font-semibold">
          {t("visits")} ({dossier.visits.length})
        </h2>
        {dossier.visits.length === 0 ? (
          none
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {dossier.visits.map((v, i) => (
              <li key={i}>
                {at(v.visitedAt)} — {v.reason}
                {v.comment && <> — {v.comment}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card space-y-2" aria-labelledby="dossier-audit">
        <h2 id="dossier-audit" className="font-semibold">
          {t("auditEntries")} ({dossier.audit.length})
        </h2>
        {dossier.audit.length === 0 ? (
          none
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  {(["when", "who", "action", "change"] as const).map((c) => (
                    <th key={c} scope="col" className="py-1 pr-3 font-medium">
                      {t(`auditColumns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
                {dossier.audit.map((a, i) => (
                  <tr key={i}>
                    <td className="py-1 pr-3 whitespace-nowrap">{at(a.at)}</td>
                    <td className="py-1 pr-3">{a.who || "—"}</td>
                    <td className="py-1 pr-3">{tAudit.has(`actions.${a.action}` as never) ? tAudit(`actions.${a.action}` as never) : a.action}</td>
                    <td className="py-1 pr-3 wrap-anywhere">{a.field ? `${a.field}: ${a.before ?? "—"} → ${a.after ?? "—"}` : (a.module ?? "")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
