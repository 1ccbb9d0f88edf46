"use client";
import { useFormatter, useTranslations } from "next-intl";
import { ChevronFirst, ChevronLeft, ChevronRight } from "lucide-react";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { PAGE_SIZES } from "@/lib/records/page-sizes";
import { listSearchParams, withQuery, type ListState } from "@/components/records/list-url";

/** « 1–50 sur 1 000+ », the page size, and « Premier » / « Précédent » / « Suivant », all in the address. */
export function Paging({ basePath, params, rows, count, capped, prevCursor, nextCursor }: { basePath: string; params: ListState; rows: number; count: number; capped: boolean; prevCursor: string | null; nextCursor: string | null }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const size = params.size ?? 50;
  const start = params.start ?? 1;
  const href = (extra: Record<string, string | null>) => withQuery(basePath, listSearchParams(params, extra));
  const disabled = "btn btn-secondary pointer-events-none opacity-50";
  const link = (to: string | null, label: React.ReactNode, rel?: string) =>
    to ? (
      <Link href={to} className="btn btn-secondary" rel={rel}>
        {label}
      </Link>
    ) : (
      <span className={disabled} aria-disabled="true">
        {label}
      </span>
    );
  const range = rows === 0 ? null : t(capped ? "listTools.rangeCapped" : "listTools.range", { first: format.number(start), last: format.number(start + rows - 1), total: format.number(count) });
  return (
    <div className="flex flex-wrap items-center justify-end gap-2 text-sm">
      {range && <p className="mr-auto text-slate-600 dark:text-slate-300">{range}</p>}
      <form method="get" className="flex items-center gap-2" onSubmit={(e) => e.preventDefault()}>
        {[...listSearchParams(params, { size: null })].map(([k, v], i) => (
          <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
        ))}
        <label className="flex items-center gap-2">
          {t("listTools.pageSize")}
          <select name="size" defaultValue={String(size)} className="input !w-20" onChange={(e) => router.push(href({ size: e.target.value === "50" ? null : e.target.value }))}>
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit" className="btn btn-secondary">
            {t("listTools.apply")}
          </button>
        </noscript>
      </form>
      {(prevCursor || nextCursor) && (
        <nav aria-label={t("records.pagination")} className="flex gap-2">
          {link(
            prevCursor ? href({}) : null,
            <>
              <ChevronFirst className="size-4" aria-hidden /> {t("listTools.first")}
            </>,
          )}
          {link(
            prevCursor ? href({ cursor: prevCursor, before: "1", start: String(Math.max(1, start - size)) }) : null,
            <>
              <ChevronLeft className="size-4" aria-hidden /> {t("records.previous")}
            </>,
            "prev",
          )}
          {link(
            nextCursor ? href({ cursor: nextCursor, start: String(start + rows) }) : null,
            <>
              {t("records.next")} <ChevronRight className="size-4" aria-hidden />
            </>,
            "next",
          )}
        </nav>
      )}
    </div>
  );
}
