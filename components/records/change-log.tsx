import { useTranslations } from "next-intl";

export type ChangeLogEntry = {
  id: string;
  /** Already written for the locale and the organisation's time zone. */
  at: string;
  user: string;
  action: string;
  /** Already translated field label; null for record-level actions (creation, deletion). */
  field: string | null;
  before: string | null;
  after: string | null;
};

const cell = "px-[var(--pad-x)] py-[var(--row-y)] align-top";

/** The change log's anchor, the target of « Actions ▾ › Journal des modifications ». */
export const CHANGE_LOG_ID = "change-log";

/** « Journal des modifications »: who changed what, when, before → after. Works as a server or client component. */
export function ChangeLog({ entries }: { entries: ChangeLogEntry[] }) {
  const t = useTranslations("records");
  return (
    <section id={CHANGE_LOG_ID} aria-labelledby="change-log-title" className="card min-w-0 scroll-mt-16 space-y-2">
      <h2 id="change-log-title" className="font-semibold">
        {t("changeLog")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("changeLogEmpty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-300">
              <tr>
                <th scope="col" className={`${cell} font-semibold`}>
                  {t("changeLogAt")}
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  {t("changeLogUser")}
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  {t("changeLogAction")}
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  {t("changeLogField")}
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  {t("changeLogBefore")}
                </th>
                <th scope="col" className={`${cell} font-semibold`}>
                  {t("changeLogAfter")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className={`${cell} whitespace-nowrap`}>{e.at}</td>
                  <td className={`${cell} break-words`}>{e.user}</td>
                  <td className={cell}>{e.action}</td>
                  <td className={`${cell} break-words`}>{e.field ?? t("empty")}</td>
                  <td className={`${cell} whitespace-pre-line wrap-anywhere`}>{e.before ?? t("empty")}</td>
                  <td className={`${cell} whitespace-pre-line wrap-anywhere`}>{e.after ?? t("empty")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
