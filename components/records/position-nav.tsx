"use client";
import { useTranslations } from "next-intl";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { Link } from "@/lib/i18n/navigation";

/** « ‹ 2/8 › »: where the record stands in the list it was opened from, with its neighbours (detail and edit form). */
export function PositionNav({ text, label, prevHref, nextHref }: { text: string; label: string; prevHref: string | null; nextHref: string | null }) {
  const t = useTranslations("records");
  return (
    <nav className="flex items-center gap-1 text-sm text-slate-600 dark:text-slate-300" aria-label={label}>
      {prevHref ? (
        <Link href={prevHref} className="btn btn-ghost !p-1" aria-label={t("previousRecord")} rel="prev">
          <ChevronLeft className="size-4" aria-hidden />
        </Link>
      ) : (
        <span className="p-1 opacity-30" aria-hidden>
          <ChevronLeft className="size-4" />
        </span>
      )}
      <span aria-hidden>{text}</span>
      {nextHref ? (
        <Link href={nextHref} className="btn btn-ghost !p-1" aria-label={t("nextRecord")} rel="next">
          <ChevronRight className="size-4" aria-hidden />
        </Link>
      ) : (
        <span className="p-1 opacity-30" aria-hidden>
          <ChevronRight className="size-4" />
        </span>
      )}
    </nav>
  );
}
