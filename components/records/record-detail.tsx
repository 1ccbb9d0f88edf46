"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { Pencil } from "lucide-react";
import { Link, useRouter } from "@/lib/i18n/navigation";
import type { DisplayValue, ModuleDef } from "@/lib/records/types";
import type { EditableRecord, FormOptions, RecordActions } from "@/lib/records/ui-types";
import { FormError } from "@/components/ui/form-error";
import { FavoriteStar, type ToggleFavorite } from "@/components/records/favorite-star";
import { InlineField } from "@/components/records/inline-field";
import { RecordActionsMenu } from "@/components/records/record-actions-menu";
import { listQueryOf, withQuery } from "@/components/records/list-url";
import { CHANGE_LOG_ID } from "@/components/records/change-log";
import { PositionNav } from "@/components/records/position-nav";
import type { RelationSearchMap } from "@/components/records/record-form";

export type RecordPosition = { index: number; total: number; capped: boolean; prevId: string | null; nextId: string | null; query: string };

export type RecordDetailProps = {
  def: ModuleDef;
  record: EditableRecord;
  /** Display-ready value of each field (enum labels translated, dates written for the locale). */
  display: Record<string, DisplayValue>;
  options: FormOptions;
  actions: RecordActions;
  relationSearch: RelationSearchMap;
  basePath: string;
  canDelete: boolean;
  /** May create records (« Dupliquer »). */
  canCreate?: boolean;
  /** May edit the record (« Modifier », the pencils); true unless the access matrix says otherwise. */
  canEdit?: boolean;
  isFavorite: boolean;
  toggleFavorite: ToggleFavorite;
  /** Place in the list the record was opened from (« 2/8 »), with the list's query to keep. */
  position?: RecordPosition | null;
  /** Related records, rendered by the server. */
  subpanels?: React.ReactNode;
  /** « Journal des modifications », rendered by the server. */
  changeLog?: React.ReactNode;
};

/**
 * The record's page: star, title, place in the list with previous/next, « Modifier », « Actions ▾ »; then
 * « Vue globale » (the sections, each value with its pencil for inline edit), the subpanels and the change log.
 */
export function RecordDetail({
  def,
  record,
  display,
  options,
  actions,
  relationSearch,
  basePath,
  canDelete,
  canCreate,
  canEdit = true,
  isFavorite,
  toggleFavorite,
  position,
  subpanels,
  changeLog,
}: RecordDetailProps) {
  const t = useTranslations();
  const router = useRouter();
  // Local copy, updated by inline edits; replaced when the server sends the record again (router.refresh()).
  const [source, setSource] = useState({ record, display });
  const [shown, setShown] = useState({ version: record.version, display, values: record.values });
  if (source.record !== record || source.display !== display) {
    setSource({ record, display });
    setShown({ version: record.version, display, values: record.values });
  }
  const [deleteError, setDeleteError] = useState<{ error: string; ref?: string } | null>(null);
  const [deleting, setDeleting] = useState(false);

  const fieldsByName = useMemo(() => new Map(def.fields.map((f) => [f.name, f])), [def.fields]);
  const query = position?.query ?? "";
  const label = (field: string) => t(`modules.${def.key}.fields.${field}`);
  const editHref = withQuery(`${basePath}/${record.id}/edit`, query);

  const remove = async () => {
    setDeleting(true);
    setDeleteError(null);
    const result = await actions.remove({ id: record.id });
    setDeleting(false);
    if (result.ok) {
      router.push(withQuery(basePath, listQueryOf(query)));
      router.refresh();
    } else {
      setDeleteError(result);
    }
  };

  return (
    <div className="min-w-0 space-y-[var(--gap)]">
      <div className="flex flex-wrap items-center gap-x-[var(--gap)] gap-y-2">
        <div className="flex min-w-0 items-center gap-1">
          <FavoriteStar module={def.key} id={record.id} initial={isFavorite} toggle={toggleFavorite} />
          <h1 className="min-w-0 text-xl font-semibold wrap-anywhere">{record.title}</h1>
        </div>
        {position && (
          <PositionNav
            text={t(position.capped ? "records.positionCapped" : "records.position", { index: position.index, total: position.total })}
            label={t("records.positionLabel", { index: position.index, total: position.total })}
            prevHref={position.prevId ? withQuery(`${basePath}/${position.prevId}`, query) : null}
            nextHref={position.nextId ? withQuery(`${basePath}/${position.nextId}`, query) : null}
          />
        )}
        <div className="ml-auto flex gap-2">
          {canEdit && (
            <Link href={editHref} className="btn btn-primary">
              <Pencil className="size-4" aria-hidden /> {t("records.edit")}
            </Link>
          )}
          <RecordActionsMenu
            editHref={canEdit ? editHref : undefined}
            duplicateHref={canCreate ? `${basePath}/new?duplicate=${encodeURIComponent(record.id)}` : undefined}
            changeLogHref={`#${CHANGE_LOG_ID}`}
            title={record.title}
            canDelete={canDelete}
            deleting={deleting}
            onDelete={remove}
          />
        </div>
      </div>

      <FormError error={deleteError} />

      <section aria-labelledby="overview-title" className="space-y-[var(--gap)]">
        <h2 id="overview-title" className="text-lg font-semibold">
          {t("records.overview")}
        </h2>
        {def.sections.map((section) => (
          <section key={section.key} className="card min-w-0" aria-labelledby={`detail-section-${section.key}`}>
            <h3 id={`detail-section-${section.key}`} className="mb-[var(--gap)] font-semibold">
              {t(`modules.${def.key}.sections.${section.key}`)}
            </h3>
            <dl className="grid gap-x-[var(--gap)] gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
              {section.fields.map((name) => {
                const field = fieldsByName.get(name);
                if (!field) return null;
                const wide = field.kind === "textarea" || field.kind === "multienum" ? "sm:col-span-2 lg:col-span-4" : "";
                return (
                  <div key={name} className={`min-w-0 ${wide}`}>
                    <dt className="text-sm text-slate-500 dark:text-slate-400">{label(name)}</dt>
                    <dd className="mt-0.5">
                      <InlineField
                        moduleKey={def.key}
                        field={field}
                        label={label(name)}
                        recordId={record.id}
                        version={shown.version}
                        display={shown.display[name]}
                        value={shown.values[name]}
                        options={options[name]}
                        relationSearch={relationSearch[name]}
                        saveField={actions.saveField}
                        onSaved={(saved) => {
                          setShown((s) => ({
                            version: saved.version,
                            display: { ...s.display, [name]: saved.display },
                            values: { ...s.values, [name]: saved.value },
                          }));
                          router.refresh(); // the change log and anything derived from the value
                        }}
                        onReload={() => router.refresh()}
                        readOnly={!canEdit}
                      />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </section>

      {subpanels}
      {changeLog}
    </div>
  );
}
