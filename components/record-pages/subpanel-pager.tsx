import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/records/list-params";

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 2000 ? v : null);

/** A subpanel's page, kept in the record page's address as `<param>` (cursor) and `<param>Before`. */
export function cursorParams(searchParams: SearchParams, param: string) {
  return { cursor: one(searchParams[param]), before: searchParams[`${param}Before`] === "1" };
}

/** « Précédent » / « Suivant » of one subpanel; the other subpanels' pages stay in the address. */
export async function SubpanelPager({
  param,
  path,
  headingId,
  searchParams,
  prevCursor,
  nextCursor,
}: {
  param: string;
  /** The record page, without locale. */
  path: string;
  headingId: string;
  searchParams: SearchParams;
  prevCursor: string | null;
  nextCursor: string | null;
}) {
  if (!prevCursor && !nextCursor) return null;
  const t = await getTranslations("records");
  const href = (c: string, before: boolean) => {
    const q = new URLSearchParams(Object.entries(searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && !e[0].startsWith(param)));
    q.set(param, c);
    if (before) q.set(`${param}Before`, "1");
    return `${path}?${q.toString()}#${headingId}`;
  };
  return (
    <nav className="mt-2 flex gap-2 text-sm" aria-label={t("pagination")}>
      {prevCursor && (
        <Link href={href(prevCursor, true)} className="btn btn-ghost !py-1" rel="prev">
          {t("previous")}
        </Link>
      )}
      {nextCursor && (
        <Link href={href(nextCursor, false)} className="btn btn-ghost !py-1" rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
