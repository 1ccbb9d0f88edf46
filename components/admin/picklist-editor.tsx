"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { addPicklistValue, updatePicklistValue } from "@/lib/records/picklist-actions";
import type { ActionResult } from "@/lib/actions/errors";

type Value = { id: string; labelFr: string; labelEn: string; active: boolean };

function errorText(t: ReturnType<typeof useTranslations>, result: ActionResult<unknown>): string | null {
  if (result.ok) return null;
  const field = result.fieldErrors && Object.values(result.fieldErrors)[0];
  return field ? t(field.key as "validation.tooLong", field.values as { max: number }) : t(result.error as "errors.unexpected", { ref: result.ref ?? "" });
}

function ValueRow({ value }: { value: Value }) {
  const t = useTranslations();
  const router = useRouter();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = (next: Value) =>
    start(async () => {
      const result = await updatePicklistValue({ id: next.id, labelFr: next.labelFr, labelEn: next.labelEn, active: next.active });
      setError(errorText(t, result));
      if (result.ok) router.refresh();
    });
  const changed = draft.labelFr !== value.labelFr || draft.labelEn !== value.labelEn;
  return (
    <li className="grid gap-2 py-[var(--row-y)] sm:grid-cols-[1fr_1fr_auto] sm:items-center">
      <input className="input" aria-label={t("lists.labelFr")} value={draft.labelFr} maxLength={255} onChange={(e) => setDraft({ ...draft, labelFr: e.target.value })} />
      <input className="input" aria-label={t("lists.labelEn")} value={draft.labelEn} maxLength={255} onChange={(e) => setDraft({ ...draft, labelEn: e.target.value })} />
      <div className="flex gap-2">
        {changed && (
          <button type="button" className="btn btn-primary !py-1 text-xs" disabled={pending} onClick={() => save(draft)}>
            {t("common.save")}
          </button>
        )}
        <button type="button" className="btn btn-secondary !py-1 text-xs" disabled={pending} onClick={() => save({ ...value, active: !value.active })}>
          {value.active ? t("lists.deactivate") : t("lists.reactivate")}
        </button>
      </div>
      {!value.active && <span className="text-xs text-slate-500 dark:text-slate-400 sm:col-span-3">{t("lists.inactiveHint")}</span>}
      {error && (
        <p role="alert" className="field-error sm:col-span-3">
          {error}
        </p>
      )}
    </li>
  );
}

/** One admin-managed list: rename values, retire them, add new ones. */
export function PicklistEditor({ list, values }: { list: string; values: Value[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <section className="card space-y-2" aria-labelledby={`list-${list}`}>
      <h2 id={`list-${list}`} className="font-semibold">
        {t(`lists.names.${list}` as never)}
      </h2>
      <ul className="divide-y divide-slate-200 dark:divide-slate-700">
        {values.map((v) => (
          <ValueRow key={`${v.id}:${v.labelFr}:${v.labelEn}:${v.active}`} value={v} />
        ))}
      </ul>
      <form
        className="grid gap-2 border-t border-slate-200 pt-3 sm:grid-cols-[1fr_1fr_auto] dark:border-slate-700"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = new FormData(form);
          start(async () => {
            const result = await addPicklistValue({ list, labelFr: String(data.get("labelFr") ?? ""), labelEn: String(data.get("labelEn") ?? "") });
            setError(errorText(t, result));
            if (result.ok) {
              form.reset();
              router.refresh();
            }
          });
        }}
      >
        <input name="labelFr" className="input" required maxLength={255} placeholder={t("lists.labelFr")} aria-label={`${t("lists.add")} — ${t("lists.labelFr")}`} />
        <input name="labelEn" className="input" required maxLength={255} placeholder={t("lists.labelEn")} aria-label={`${t("lists.add")} — ${t("lists.labelEn")}`} />
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {t("lists.add")}
        </button>
        {error && (
          <p role="alert" className="field-error sm:col-span-3">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
