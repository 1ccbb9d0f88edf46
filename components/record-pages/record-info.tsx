import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";

/** Created and modified, by whom: the record's own dates, under its sections. */
export async function RecordInfo({ row }: { row: Record<string, unknown> }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const author = typeof row.createdById === "string" ? await db.user.findUnique({ where: { id: row.createdById }, select: { name: true } }) : null;
  const when = (v: unknown) => (v instanceof Date ? format.dateTime(v, { dateStyle: "medium", timeStyle: "short" }) : null);
  const created = when(row.createdAt);
  const updated = when(row.updatedAt);
  return (
    <p className="text-sm break-words text-slate-600 dark:text-slate-400">
      {created && t("records.createdOn", { date: created, name: author?.name ?? t("records.empty") })}
      {updated && <> · {t("records.updatedOn", { date: updated })}</>}
    </p>
  );
}
