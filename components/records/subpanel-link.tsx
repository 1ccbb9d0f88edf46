"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Link2, Unlink } from "lucide-react";
import { useRouter } from "@/lib/i18n/navigation";
import type { ActionResult } from "@/lib/actions/errors";
import { FormError } from "@/components/ui/form-error";
import { RelationPicker, type RelationChoice, type RelationSearch } from "@/components/records/relation-picker";

export type LinkAction = (input: { id: string; via: string; parentId: string | null }) => Promise<ActionResult<unknown>>;

/** « Sélectionner »: pick an existing record and link it to this one (a partner's contacts). */
export function SubpanelSelect({ id, via, parentId, search, link, label }: { id: string; via: string; parentId: string; search: RelationSearch; link: LinkAction; label: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [choice, setChoice] = useState<RelationChoice | null>(null);
  const [error, setError] = useState<{ error: string; ref?: string } | null>(null);
  const [pending, start] = useTransition();
  const select = () =>
    start(async () => {
      if (!choice) return;
      const result = await link({ id: choice.id, via, parentId });
      if (!result.ok) return setError(result);
      setChoice(null);
      setError(null);
      router.refresh();
    });
  return (
    <div className="mt-2 space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <RelationPicker id={id} name={`${id}-choice`} value={choice} search={search} onChange={setChoice} label={label} />
        </div>
        <button type="button" className="btn btn-secondary !py-1 text-sm" disabled={!choice || pending} onClick={select}>
          <Link2 className="size-4" aria-hidden /> {t("records.select")}
        </button>
      </div>
      <FormError error={error} />
    </div>
  );
}

/** « Retirer »: unlinks one row from this record (the row itself stays). */
export function SubpanelUnlink({ id, via, title, link }: { id: string; via: string; title: string; link: LinkAction }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-ghost !p-1 text-slate-600 dark:text-slate-400"
      disabled={pending}
      aria-label={t("records.unlink", { title })}
      title={t("records.unlink", { title })}
      onClick={() =>
        start(async () => {
          const result = await link({ id, via, parentId: null });
          setFailed(!result.ok);
          if (result.ok) router.refresh();
        })
      }
    >
      <Unlink className="size-4" aria-hidden />
      {failed && <span role="alert">{t("records.linkFailed")}</span>}
    </button>
  );
}
