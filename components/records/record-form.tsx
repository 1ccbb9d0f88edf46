"use client";
import { useActionState, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import type { FieldError } from "@/lib/actions/errors";
import type { FieldDef, ModuleDef } from "@/lib/records/types";
import type { ConflictInfo, DuplicateCandidate, EditableRecord, FormOptions, FormValues, RecordActions } from "@/lib/records/ui-types";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";
import { FieldInput, isEmptyValue, type FieldValue } from "@/components/records/field-input";
import type { RelationChoice, RelationSearch } from "@/components/records/relation-picker";
import { ConflictPanel, defaultChoices, type MergeChoice } from "@/components/records/conflict-panel";
import { DuplicateWarning } from "@/components/records/duplicate-warning";
import { listQueryOf, withQuery } from "@/components/records/list-url";
import { CHANGE_LOG_ID } from "@/components/records/change-log";
import { PositionNav } from "@/components/records/position-nav";
import { RecordActionsMenu } from "@/components/records/record-actions-menu";

const DUPLICATE_DEBOUNCE_MS = 400;
const ID_PREFIX = "record";

export type RelationSearchMap = Record<string, RelationSearch>;

type Posted = { result: Awaited<ReturnType<RecordActions["save"]>> | null; values: Record<string, string | string[]> };
// Without a submit action (tests, dialogs built by hand) the plain post does nothing.
const noSubmit = async (state: Posted): Promise<Posted> => state;
/** What a refused plain post sent back, as form values (checkboxes post "on"). */
const postedValues = (values: Record<string, string | string[]>): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([k]) => k !== "id" && k !== "version").map(([k, v]) => [k, v === "on" ? true : v]));

export type RecordFormProps = {
  def: ModuleDef;
  /** The record being edited; absent when creating. */
  record?: EditableRecord;
  options: FormOptions;
  actions: Pick<RecordActions, "save" | "findDuplicates" | "submit"> & { remove?: RecordActions["remove"] };
  /** Search action of each relation field, by field name; of each « Lié à » field's modules, by `<name>.<module>`. */
  relationSearch: RelationSearchMap;
  basePath: string;
  /** Next record of the list: shows « Sauvegarder et continuer », which opens that record's form after saving. */
  nextId?: string | null;
  /** Previous record of the list, and the list's query to keep in links (edit form opened from a list). */
  prevId?: string | null;
  listQuery?: string | null;
  /** Place in the list, already written ("2/8"). */
  position?: string | null;
  /** What « Actions ▾ » of the edit form offers. */
  canDelete?: boolean;
  canCreate?: boolean;
  /** Prefilled values (create from a parent record, quick create). */
  initialValues?: FormValues;
  /** Labels of prefilled relation values. */
  initialRelations?: Record<string, RelationChoice | null>;
  /** Called with the saved id instead of navigating (quick-create dialog). */
  onSaved?: (id: string) => void;
  /** A record page ("/clients/<id>") that saving and « Annuler » go back to (created from that record). */
  returnTo?: string;
  /** Called by « Annuler » instead of going back to the record or the list (quick-create dialog). */
  onCancel?: () => void;
  /** No page title; buttons only at the bottom (inside a dialog that has its own title). */
  compactHeader?: boolean;
};

/**
 * Create / edit form of any module: the definition's sections as cards, one input per field, « Sauvegarder »,
 * « Annuler », and « Sauvegarder et continuer » when the list has a next record. Values live in state, so a
 * failed save (validation, conflict) never empties what was typed. The server validates; the browser only checks
 * required fields before sending.
 */
export function RecordForm({
  def,
  record,
  options,
  actions,
  relationSearch,
  basePath,
  nextId,
  prevId,
  listQuery,
  position,
  canDelete,
  canCreate,
  initialValues,
  initialRelations,
  onSaved,
  onCancel,
  compactHeader,
  returnTo,
}: RecordFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const query = useSearchParams()?.toString() ?? "";
  // Before scripts load the form posts to `actions.submit`; a refused save draws the page again with this state.
  const [posted, postAction] = useActionState(actions.submit ?? noSubmit, { result: null, values: {} });
  const [values, setValues] = useState<FormValues>(() => ({ ...record?.values, ...initialValues, ...postedValues(posted.values) }));
  const [relations, setRelations] = useState<Record<string, RelationChoice | null>>(() => ({ ...record?.relationLabels, ...initialRelations }));
  const [version, setVersion] = useState(record?.version ?? 0);
  const [clientErrors, setClientErrors] = useState<Record<string, FieldError>>({});
  const [dismissed, setDismissed] = useState<object | null>(null);
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const afterSave = useRef<"view" | "continue">("view");
  const duplicateTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const duplicateSeq = useRef(0);
  // The values the form was opened with (then those of the version a merge was made on): a field the user left
  // as it was takes a colleague's change by default.
  const [loaded, setLoaded] = useState(record?.values);
  const [picked, setPicked] = useState<{ of: ConflictInfo | null; choices: Record<string, MergeChoice> }>({ of: null, choices: {} });
  const [queuedVersion, setQueuedVersion] = useState<number | null>(null);

  const { formAction, pending, result, fieldErrors, formError } = useActionForm(actions.save, (data) => {
    if (onSaved) {
      onSaved(data.id);
      return;
    }
    if (returnTo) {
      router.push(returnTo);
    } else if (afterSave.current === "continue" && nextId) {
      const sp = new URLSearchParams(query);
      sp.set("from", "list");
      router.push(withQuery(`${basePath}/${nextId}/edit`, sp));
    } else {
      router.push(withQuery(`${basePath}/${data.id}`, query));
    }
    router.refresh();
  });

  const latest = result ?? posted.result;
  const failure = latest && !latest.ok && latest !== dismissed ? latest : null;
  const conflict = failure?.error === "records.conflict" ? ((failure.extra as ConflictInfo | undefined) ?? null) : null;
  // The save itself found likely duplicates (typed fast, or before the check while typing answered): show them.
  const savedDuplicates = failure?.error === "records.duplicates" ? ((failure.extra as { duplicates?: DuplicateCandidate[] } | undefined)?.duplicates ?? []) : [];
  const shownDuplicates = savedDuplicates.length > 0 ? savedDuplicates : candidates;
  const serverErrors = failure ? (result ? fieldErrors : (failure.fieldErrors ?? {})) : {};
  const errorOf = (field: string) => clientErrors[field] ?? serverErrors[field];

  const fieldsByName = useMemo(() => new Map(def.fields.map((f) => [f.name, f])), [def.fields]);
  const formFields = useMemo(
    () =>
      def.sections.flatMap((s) => s.fields.map((name) => fieldsByName.get(name))).filter((f): f is FieldDef => f !== undefined && f.kind !== "file"),
    [def.sections, fieldsByName],
  );
  const duplicateFields = useMemo(
    () => new Set<string>([...def.titleFields, ...def.fields.filter((f) => f.kind === "email" || f.kind === "phone").map((f) => f.name)]),
    [def],
  );
  const findDuplicates = !record && def.duplicateCheck ? actions.findDuplicates : undefined;

  useEffect(() => () => void (duplicateTimer.current && clearTimeout(duplicateTimer.current)), []);

  const scheduleDuplicateCheck = (next: FormValues) => {
    if (!findDuplicates) return;
    if (duplicateTimer.current) clearTimeout(duplicateTimer.current);
    const seq = ++duplicateSeq.current;
    if (![...duplicateFields].some((f) => !isEmptyValue(next[f]))) {
      setCandidates([]);
      return;
    }
    duplicateTimer.current = setTimeout(async () => {
      const found = await findDuplicates(next);
      if (seq === duplicateSeq.current && found.ok) setCandidates(found.data);
    }, DUPLICATE_DEBOUNCE_MS);
  };

  const setField = (name: string, value: FieldValue, relation?: RelationChoice | null) => {
    const next = { ...values, [name]: value };
    setValues(next);
    if (relation !== undefined) setRelations((r) => ({ ...r, [name]: relation }));
    if (clientErrors[name]) setClientErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => key !== name)));
    if (duplicateFields.has(name)) scheduleDuplicateCheck(next);
  };

  const send = (form: HTMLFormElement, overrideVersion?: number) => {
    const data = new FormData(form);
    // The plain post's own fields (where to go next) are not record fields: the strict schema would refuse them.
    for (const key of [...data.keys()]) if (key.startsWith("_")) data.delete(key);
    if (overrideVersion !== undefined) data.set("version", String(overrideVersion));
    startTransition(() => formAction(data));
  };

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const missing = formFields.filter((f) => f.required && isEmptyValue(values[f.name]));
    if (missing.length) {
      setClientErrors(Object.fromEntries(missing.map((f) => [f.name, { key: "validation.required" }])));
      document.getElementById(`${ID_PREFIX}-${missing[0].name}`)?.focus();
      return;
    }
    send(e.currentTarget);
  };

  const choices = conflict ? { ...defaultChoices(conflict.changedFields, values, loaded), ...(picked.of === conflict ? picked.choices : {}) } : {};
  const choose = (field: string, choice: MergeChoice) => setPicked((p) => ({ of: conflict, choices: { ...(p.of === conflict ? p.choices : {}), [field]: choice } }));

  // « Enregistrer la fusion »: the chosen current values replace the typed ones, then the form is sent on top of
  // the current version once the inputs show the merged values.
  const merge = () => {
    if (!conflict) return;
    const theirs = conflict.changedFields.filter((f) => choices[f] === "theirs");
    setValues((v) => ({ ...v, ...Object.fromEntries(theirs.map((f) => [f, conflict.current.values[f] ?? null])) }));
    setRelations((r) => ({ ...r, ...Object.fromEntries(theirs.map((f) => [f, conflict.current.relationLabels[f] ?? null])) }));
    setLoaded(conflict.current.values);
    setVersion(conflict.current.version);
    setDismissed(latest);
    setQueuedVersion(conflict.current.version);
  };
  useEffect(() => {
    if (queuedVersion === null || !formRef.current) return;
    setQueuedVersion(null);
    send(formRef.current, queuedVersion);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per queued merge, after the merged values are rendered
  }, [queuedVersion]);

  const reload = () => {
    if (!conflict) return;
    setValues({ ...conflict.current.values });
    setRelations({ ...conflict.current.relationLabels });
    setVersion(conflict.current.version);
    setLoaded(conflict.current.values);
    setClientErrors({});
    setDismissed(latest);
    router.refresh();
  };

  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<{ error: string; ref?: string } | null>(null);
  const remove = async () => {
    if (!record || !actions.remove) return;
    setDeleting(true);
    setDeleteError(null);
    const removed = await actions.remove({ id: record.id });
    setDeleting(false);
    if (removed.ok) {
      router.push(withQuery(basePath, listQueryOf(query)));
      router.refresh();
    } else {
      setDeleteError(removed);
    }
  };
  const editHref = (id: string) => withQuery(`${basePath}/${id}/edit`, listQuery ?? "");

  const cancelHref = returnTo ?? (record ? withQuery(`${basePath}/${record.id}`, query) : withQuery(basePath, listQueryOf(query)));
  const buttons = (
    <div className="flex flex-wrap gap-2">
      {onCancel ? (
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t("records.cancel")}
        </button>
      ) : (
        <Link href={cancelHref} className="btn btn-secondary">
          {t("records.cancel")}
        </Link>
      )}
      <button type="submit" className="btn btn-primary" disabled={pending} onClick={() => (afterSave.current = "view")}>
        {t("records.save")}
      </button>
      {nextId && (
        <button type="submit" name="_after" value="continue" className="btn btn-secondary" disabled={pending} onClick={() => (afterSave.current = "continue")}>
          {t("records.saveAndContinue")}
        </button>
      )}
    </div>
  );

  return (
    <form ref={formRef} action={postAction} onSubmit={onSubmit} noValidate className="space-y-[var(--gap)]" aria-busy={pending || undefined}>
      {/* Read only by the plain post (scripts not loaded yet): where to go after saving. */}
      <input type="hidden" name="_query" value={query} />
      {nextId && <input type="hidden" name="_next" value={nextId} />}
      {returnTo && <input type="hidden" name="_return" value={returnTo} />}
      {!compactHeader && (
        <div className="flex flex-wrap items-center gap-[var(--gap)]">
          <h1 className="min-w-0 text-xl font-semibold wrap-anywhere">{record ? record.title : t(`modules.${def.key}.new`)}</h1>
          {position && (
            <PositionNav
              text={position}
              label={t("records.positionInList", { position })}
              prevHref={prevId ? editHref(prevId) : null}
              nextHref={nextId ? editHref(nextId) : null}
            />
          )}
          <div className="ml-auto flex flex-wrap gap-2">
            {buttons}
            {record && (
              <RecordActionsMenu
                duplicateHref={canCreate ? `${basePath}/new?duplicate=${encodeURIComponent(record.id)}` : undefined}
                changeLogHref={`${withQuery(`${basePath}/${record.id}`, query)}#${CHANGE_LOG_ID}`}
                title={record.title}
                canDelete={!!canDelete && !!actions.remove}
                deleting={deleting}
                onDelete={remove}
              />
            )}
          </div>
        </div>
      )}
      <FormError error={deleteError} />

      {conflict ? (
        <ConflictPanel
          def={def}
          conflict={conflict}
          typed={values}
          typedRelations={relations}
          options={options}
          pending={pending}
          choices={choices}
          onChoose={choose}
          onMerge={merge}
          onReload={reload}
        />
      ) : savedDuplicates.length > 0 ? (
        <p className="alert-error" role="alert">
          {t("records.duplicatesConfirm")}
        </p>
      ) : (
        <FormError error={failure && (result ? formError : !failure.fieldErrors || failure.error === "errors.invalid" ? failure : null)} />
      )}
      {serverErrors._form && (
        <p className="alert-error" role="alert">
          {t(serverErrors._form.key, serverErrors._form.values ?? {})}
        </p>
      )}
      <DuplicateWarning moduleKey={def.key} basePath={basePath} candidates={findDuplicates ? shownDuplicates : []} />
      {/* The warning was on screen: saving now is the user's informed choice, asked once. */}
      {!record && shownDuplicates.length > 0 && <input type="hidden" name="confirmDuplicates" value="1" />}

      {record && (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      <p className="text-xs text-slate-500 dark:text-slate-400">{t("records.requiredLegend")}</p>

      {def.sections.map((section) => (
        <section key={section.key} className="card min-w-0" aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`} className="mb-[var(--gap)] font-semibold">
            {t(`modules.${def.key}.sections.${section.key}`)}
          </h2>
          <div className="grid gap-[var(--gap)] sm:grid-cols-2 lg:grid-cols-4">
            {section.fields.map((name) => {
              const field = fieldsByName.get(name);
              if (!field || field.kind === "file") return null;
              const span =
                field.kind === "textarea" || field.kind === "multienum" ? "sm:col-span-2 lg:col-span-4" : field.kind === "relation" || field.kind === "parent" ? "sm:col-span-2" : "";
              return (
                <div key={name} className={`min-w-0 ${span}`}>
                  <FieldInput
                    def={field}
                    moduleKey={def.key}
                    idPrefix={ID_PREFIX}
                    value={values[name] ?? null}
                    onChange={(value, relation) => setField(name, value, relation)}
                    error={errorOf(name)}
                    options={options[name]}
                    relationLabel={relations[name] ?? null}
                    relationSearch={relationSearch[name]}
                    relationSearches={relationSearch}
                  />
                </div>
              );
            })}
          </div>
        </section>
      ))}

      {buttons}
    </form>
  );
}
