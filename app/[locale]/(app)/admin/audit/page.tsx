import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/require-user";
import { hiddenFields } from "@/lib/auth/access";
import { anonymisedAt, maskedByAnonymisation } from "@/lib/audit/anonymised";
import { AUDIT_ACTIONS, auditLogPage, parseAuditFilter, type AuditFilter } from "@/lib/audit/audit-log-query";
import { MODULES, MODULE_KEYS, modelOf } from "@/lib/modules/registry";
import { auditValueFormatter } from "@/lib/records/audit-display";
import { recordContext } from "@/lib/records/context";
import { Link } from "@/lib/i18n/navigation";
import { AuditDateInput } from "@/components/admin/audit-date-input";

export async function generateMetadata() {
  const t = await getTranslations("auditLog");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const query = (filter: AuditFilter, cursor?: string) => {
  const { cursor: _c, ...criteria } = filter;
  const entries = Object.entries({ ...criteria, ...(cursor ? { cursor } : {}) }).filter(([, v]) => v);
  return entries.length ? `?${new URLSearchParams(entries as [string, string][])}` : "";
};

/** Structured detail of an event (export filter and row count, role change …), as « key: value » text. */
function detailText(detail: string | null): string | null {
  if (!detail) return null;
  try {
    const parsed = JSON.parse(detail) as Record<string, unknown>;
    return Object.entries(parsed).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(" · ");
  } catch {
    return detail;
  }
}

/**
 * « Journal d'audit »: every change and event, newest first, filtered by kind, module, person, record and days.
 * Read-only by construction: the app has no action that edits or deletes audit rows.
 */
export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  setRequestLocale((await params).locale);
  const user = await requireUser("audit.read");
  const filter = parseAuditFilter(await searchParams);
  const [t, format, ctx, users, page] = await Promise.all([
    getTranslations(),
    getFormatter(),
    recordContext(),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    auditLogPage(db, filter, { timeZone: user.timeZone }),
  ]);

  // Records by name (even in the recycle bin), and logged values as their module's screens show them.
  const byModule = new Map<string, typeof page.rows>();
  for (const row of page.rows) if (row.module && modelOf(row.module)) byModule.set(row.module, [...(byModule.get(row.module) ?? []), row]);
  const labels = new Map<string, { label: string; deleted: boolean }>();
  const formatters = new Map<string, Awaited<ReturnType<typeof auditValueFormatter>>>();
  for (const [module, rows] of byModule) {
    const model = modelOf(module)!;
    for (const [id, found] of await model.labels([...new Set(rows.map((r) => r.recordId).filter((v): v is string => !!v))])) labels.set(`${module}:${id}`, found);
    formatters.set(module, await auditValueFormatter(model.def, rows, ctx));
  }
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  // Fields hidden from this admin's role (a sensitive group taken away) keep their line but not their values.
  const hidden = new Map(await Promise.all([...byModule.keys()].map(async (m) => [m, await hiddenFields(user, m)] as const)));
  // Values logged before a record was anonymised are masked too (lib/audit/anonymised.ts).
  const anonymised = new Map(await Promise.all([...byModule].map(async ([m, rows]) => [m, await anonymisedAt(m, rows.map((r) => r.recordId).filter((v): v is string => !!v))] as const)));
  const shown = (row: (typeof page.rows)[number], value: string | null) => {
    const { module, field } = row;
    if (module && value !== null && ((field && hidden.get(module)?.has(field)) || maskedByAnonymisation(anonymised.get(module) ?? new Map(), row.recordId, row.createdAt))) return t("accessAdmin.masked");
    return module && formatters.get(module) ? formatters.get(module)!(field, value) : value;
  };
  const actionLabel = (action: string) => ((AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`auditLog.actions.${action}` as never) : action);

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("auditLog.title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("auditLog.intro")}</p>
      </div>
      <form method="get" className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("auditLog.filters")}>
        <div>
          <label htmlFor="audit-action" className="label">{t("auditLog.action")}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className="input">
            <option value="">{t("auditLog.any")}</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{actionLabel(a)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-module" className="label">{t("auditLog.module")}</label>
          <select id="audit-module" name="module" defaultValue={filter.module ?? ""} className="input">
            <option value="">{t("auditLog.any")}</option>
            {MODULE_KEYS.map((m) => <option key={m} value={m}>{t(`modules.${MODULES[m].def.key}.name` as never)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-user" className="label">{t("auditLog.user")}</label>
          <select id="audit-user" name="user" defaultValue={filter.user ?? ""} className="input">
            <option value="">{t("auditLog.anyone")}</option>
            {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="label">{t("auditLog.from")}</label>
          <AuditDateInput id="audit-from" name="from" label={t("auditLog.from")} initial={filter.from ?? ""} />
        </div>
        <div>
          <label htmlFor="audit-to" className="label">{t("auditLog.to")}</label>
          <AuditDateInput id="audit-to" name="to" label={t("auditLog.to")} initial={filter.to ?? ""} />
        </div>
        {filter.record && <input type="hidden" name="record" value={filter.record} />}
        <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="btn btn-primary">{t("auditLog.apply")}</button>
          <Link href="/admin/audit" className="btn btn-secondary">{t("auditLog.reset")}</Link>
        </div>
      </form>

      {page.rows.length === 0 ? (
        <p className="card text-sm text-slate-500 dark:text-slate-400">{t("auditLog.empty")}</p>
      ) : (
        <div className="card overflow-x-auto !p-0">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("auditLog.title")}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase dark:border-slate-700 dark:text-slate-400">
              <tr>
                {(["when", "who", "action", "record", "change", "ip"] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-semibold">{t(`auditLog.columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {page.rows.map((row) => {
                const found = row.module && row.recordId ? labels.get(`${row.module}:${row.recordId}`) : undefined;
                // Sign-ins and account changes name the user account concerned rather than a record.
                const account = row.module === "users" && row.recordId ? userNames.get(row.recordId) : undefined;
                const moduleName = row.module && modelOf(row.module) ? t(`modules.${row.module}.singular` as never) : row.module === "users" ? t("auditLog.account") : row.module;
                return (
                  <tr key={row.id} className="align-top">
                    <td className="px-3 py-[var(--row-y)] whitespace-nowrap">{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone: user.timeZone })}</td>
                    <td className="px-3 py-[var(--row-y)]">{row.userName || t("auditLog.nobody")}</td>
                    <td className="px-3 py-[var(--row-y)]">{actionLabel(row.action)}</td>
                    <td className="px-3 py-[var(--row-y)]">
                      {moduleName && <span className="text-xs text-slate-500 dark:text-slate-400">{moduleName} </span>}
                      {found && !found.deleted && row.module && row.recordId ? (
                        <Link href={`/${row.module}/${row.recordId}`} className="text-brand-600 hover:underline dark:text-brand-100">{found.label}</Link>
                      ) : found ? (
                        t("records.deletedRecord", { label: found.label })
                      ) : (
                        account
                      )}
                      {row.module && row.recordId && modelOf(row.module) && (
                        <Link href={`/admin/audit${query({ record: row.recordId })}`} className="ml-1 text-xs text-slate-500 underline dark:text-slate-400">
                          {t("auditLog.recordHistory")}
                        </Link>
                      )}
                    </td>
                    <td className="max-w-md px-3 py-[var(--row-y)] break-words">
                      {row.field && row.module && (
                        <>
                          <span className="font-medium">{t(`modules.${row.module}.fields.${row.field}` as never)}</span>{" "}
                          <span className="text-slate-600 dark:text-slate-300">
                            {t("auditLog.fromTo", { before: shown(row, row.before) ?? "—", after: shown(row, row.after) ?? "—" })}
                          </span>
                        </>
                      )}
                      {detailText(row.detail)}
                    </td>
                    <td className="px-3 py-[var(--row-y)] font-mono text-xs">{row.ip ?? ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav className="flex gap-2" aria-label={t("auditLog.paging")}>
        {filter.cursor && <Link href={`/admin/audit${query(filter)}`} className="btn btn-secondary">{t("auditLog.first")}</Link>}
        {page.nextCursor && <Link href={`/admin/audit${query(filter, page.nextCursor)}`} className="btn btn-secondary">{t("auditLog.older")}</Link>}
      </nav>
    </div>
  );
}
