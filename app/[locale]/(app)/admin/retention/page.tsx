import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { getPrivacySettings } from "@/lib/privacy/settings";
import { inactiveClients, inactiveCutoff } from "@/lib/privacy/retention";
import { submitRetention } from "@/lib/privacy/retention-actions";

export async function generateMetadata() {
  const t = await getTranslations("privacy");
  return { title: t("retentionTitle") };
}

const decode = (v: unknown) => {
  if (typeof v !== "string") return null;
  const [at, id] = Buffer.from(v, "base64url").toString("utf8").split("|");
  const updatedAt = new Date(at ?? "");
  return id && /^[A-Za-z0-9_-]{1,40}$/.test(id) && !Number.isNaN(updatedAt.getTime()) ? { updatedAt, id } : null;
};
const encode = (c: { updatedAt: Date; id: string }) => Buffer.from(`${c.updatedAt.toISOString()}|${c.id}`).toString("base64url");
const DONE = { anonymise: "anonymised", erase: "erased", error: "error" } as const;

/** « Conservation »: clients with nothing new for the admin's period, legal holds excepted, to anonymise or delete. */
export default async function RetentionPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  setRequestLocale((await params).locale);
  await requireUser("privacy.manage");
  const [t, format, locale, settings, sp] = await Promise.all([getTranslations("privacy"), getFormatter(), getLocale(), getPrivacySettings(), searchParams]);
  const cutoff = inactiveCutoff(settings.inactiveMonths);
  const page = await inactiveClients(cutoff, { after: decode(sp.after) });
  const done = DONE[String(sp.done ?? "") as keyof typeof DONE];
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("retentionTitle")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("retentionIntro", { months: settings.inactiveMonths, date: format.dateTime(cutoff, { dateStyle: "medium" }) })}{" "}
          <a href={`/${locale}/admin/settings#privacy-settings`} className="text-brand-700 underline dark:text-brand-100">
            {t("changeSettings")}
          </a>
        </p>
      </div>
      {done && (
        <p role={done === "error" ? "alert" : "status"} className={done === "error" ? "text-sm text-red-700 dark:text-red-300" : "alert-success"}>
          {t(done)}
        </p>
      )}
      {page.rows.length === 0 ? (
        <p className="card text-sm text-slate-600 dark:text-slate-400">{t("noInactive")}</p>
      ) : (
        <ul className="card divide-y divide-slate-200 !p-0 dark:divide-slate-700" aria-label={t("inactiveList")}>
          {page.rows.map((c) => {
            const name = `${c.firstName} ${c.lastName}`.trim();
            return (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-[var(--row-y)]">
                <div className="min-w-0">
                  <a href={`/${locale}/clients/${encodeURIComponent(c.id)}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                    {name}
                  </a>
                  <p className="text-xs text-slate-600 dark:text-slate-400">{t("lastChange", { date: format.dateTime(c.updatedAt, { dateStyle: "medium" }) })}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  {(["anonymise", "erase"] as const).map((op) => (
                    // A second click confirms: <details> opens without scripts.
                    <details key={op} className="group">
                      <summary className={`btn ${op === "erase" ? "btn-danger" : "btn-secondary"} !py-1 text-xs`}>
                        {t(op)}
                        <span className="sr-only"> — {name}</span>
                      </summary>
                      <form action={submitRetention} className="mt-2 max-w-xs space-y-2 text-sm">
                        <input type="hidden" name="clientId" value={c.id} />
                        <input type="hidden" name="op" value={op} />
                        <p>{t(`${op}Warning`)}</p>
                        <button type="submit" className={`btn ${op === "erase" ? "btn-danger" : "btn-primary"} !py-1 text-xs`}>
                          {t(`${op}Confirm`, { name })}
                        </button>
                      </form>
                    </details>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {page.next && (
        <a href={`?after=${encode(page.next)}`} className="btn btn-secondary">
          {t("more")}
        </a>
      )}
    </div>
  );
}
