import "server-only";
// The dry run's and the run's report: each line's outcome and its reasons in the reader's language, for the page
// (first refused lines) and the downloadable CSV.
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import type { Reason } from "@/lib/import/process";
import { LEGACY_ID } from "@/lib/import/targets";

type T = (key: string, values?: Record<string, string | number>) => string;

export function translatorWithModules(locale: string): T {
  const t = createTranslator({ locale: locale === "en" ? "en" : "fr", messages: loadMessages(locale) as never });
  return (key, values) => t(key as never, values as never);
}

/** "Courriel : adresse invalide" — the field's label, then the message of its reason. */
export function reasonText(reason: Reason, module: string, t: T): string {
  const value = reason.v === undefined ? "" : String(reason.v);
  const key = reason.k.startsWith("import.reasons.") ? `import.reasonText.${reason.k.slice("import.reasons.".length)}` : reason.k;
  const message = t(key, { value, max: value, min: value });
  if (!reason.f) return message;
  const label = reason.f === LEGACY_ID ? t("import.legacyId") : t(`modules.${module}.fields.${reason.f}`);
  return `${label} : ${message}`.replace(" : ", t("import.labelSeparator"));
}

export function reasonsText(json: string | null, module: string, t: T): string {
  if (!json) return "";
  try {
    return (JSON.parse(json) as Reason[]).map((r) => reasonText(r, module, t)).join(" ; ");
  } catch {
    return "";
  }
}

export async function reportRows(job: { id: string; module: string }, dry: boolean, t: T | string, opts: { outcome?: string; take?: number } = {}) {
  const tr = typeof t === "string" ? translatorWithModules(t) : t;
  const items = await db.importItem.findMany({
    where: { jobId: job.id, dry, ...(opts.outcome ? { outcome: opts.outcome } : {}) },
    orderBy: { line: "asc" },
    take: opts.take,
    select: { line: true, outcome: true, reason: true, recordId: true },
  });
  return items.map((i) => ({ line: i.line, outcome: tr(`import.outcomes.${i.outcome}`), reasons: reasonsText(i.reason, job.module, tr), recordId: i.recordId }));
}
