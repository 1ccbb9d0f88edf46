"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, type ActionResult } from "@/lib/actions/errors";
import { canModule, hiddenFields, type ModuleAction } from "@/lib/auth/access";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { db } from "@/lib/db";
import { MODULES, modelOf } from "@/lib/modules/registry";
import { deleteRecord, restoreRecord, saveRecord as writeRecord } from "@/lib/records/service";
import { fieldEditSchema, idSchema } from "@/lib/records/zod-fields";
import type { RecordModel } from "@/lib/records/model";
import { isFormField } from "@/lib/records/types";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { safeReturnTo } from "@/lib/records/return-to";

// The record actions every module shares, one per kind of operation. The page binds the module's key
// (`saveRecord.bind(null, "clients")`); the key is looked up among the registry's own keys, then the input is
// parsed with that module's own strict schema and written through that module's own model.

type Fields = Record<string, unknown>;
const notFound = { ok: false as const, error: "errors.notFound" };

const revalidate = () => revalidatePath("/[locale]", "layout");

/** The module's row of the access matrix decides (an admin may have narrowed or widened the role's defaults). */
async function allow(user: CurrentUser, moduleKey: string, action: ModuleAction): Promise<void> {
  if (!(await canModule(user, moduleKey, action))) throw new ActionError("errors.forbidden");
}

/** A refused save carries the record as it is now, so the form can show both versions side by side. */
async function withConflict<T>(model: RecordModel, id: string | undefined, user: CurrentUser, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ActionError && error.key === "records.conflict" && id) {
      const conflict = error.extra.conflict as { changedFields: string[] };
      const hide = await hiddenFields(user, model.key);
      throw new ActionError("records.conflict", { ...conflict, changedFields: conflict.changedFields.filter((f) => !hide.has(f)), current: await model.editable(id, user) });
    }
    throw error;
  }
}

/** The field names a request actually sent (a multi-value form field posts as `name[]`). */
const sentKeys = (input: unknown): string[] =>
  input instanceof FormData ? [...new Set([...input.keys()].map((k) => k.replace(/\[\]$/, "")))] : input && typeof input === "object" ? Object.keys(input) : [];

const text = (values: Fields) => Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string"));

export async function saveRecord(moduleKey: string, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: async (user) => (await canModule(user, model.key, "create")) || canModule(user, model.key, "edit"),
    schema: model.inputSchema,
    async handler(parsed, user) {
      const values = parsed as Fields & { id?: string; version?: number; confirmDuplicates?: string };
      await allow(user, model.key, values.id ? "edit" : "create");
      // Fields the user may not see are not theirs to write either: a form never shows them, and a hand-made
      // request naming one is refused rather than silently half-applied.
      // The schema fills absent fields with empty values: those are dropped, so a save never clears them.
      const hide = await hiddenFields(user, model.key);
      if (sentKeys(input).some((k) => hide.has(k))) throw new ActionError("errors.forbidden");
      for (const name of hide) delete values[name];
      // A fast typist can save before the check while typing answered: the save itself asks once.
      if (!values.id && !values.confirmDuplicates) {
        const duplicates = await model.findDuplicates(text(values), null, user);
        if (duplicates.length > 0) throw new ActionError("records.duplicates", { duplicates });
      }
      const result = await withConflict(model, values.id, user, () => writeRecord(model, values, user));
      revalidate();
      return result;
    },
  })(input);
}

export async function saveRecordField(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, model.key, "edit"),
    schema: fieldEditSchema,
    async handler({ id, version, field, value }, user) {
      if ((await hiddenFields(user, model.key)).has(field)) throw new ActionError("errors.invalid", { fieldErrors: { field: { key: "validation.unknownField" } } });
      const fieldSchema = Object.hasOwn(model.fieldSchemas, field) ? model.fieldSchemas[field] : undefined;
      const def = model.def.fields.find((f) => f.name === field);
      if (!fieldSchema || !def || !isFormField(def) || def.inlineEdit === false) throw new ActionError("errors.invalid", { fieldErrors: { field: { key: "validation.unknownField" } } });
      const parsed = fieldSchema.safeParse(model.fieldInput(def, value ?? ""));
      if (!parsed.success) throw new ActionError("errors.invalid", { fieldErrors: { [field]: Object.values(fieldErrorsOf(parsed.error))[0] } });
      const result = await withConflict(model, id, user, () => writeRecord(model, { id, version, [field]: parsed.data }, user));
      revalidate();
      return { version: result.version, display: await model.fieldDisplay(id, field, user) };
    },
  })(input);
}

export async function removeRecord(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, model.key, "delete"),
    schema: idSchema,
    async handler({ id }, user) {
      await deleteRecord(model, id, user);
      revalidate();
      return { id };
    },
  })(input);
}

/** Brings a deleted record back (admins only). */
export async function restoreRecordAction(input: unknown) {
  return defineAction({
    permission: "record.restore",
    schema: z.object({ module: z.string().max(64), id: z.string().min(1).max(64) }).strict(),
    async handler({ module, id }, user) {
      const model = modelOf(module);
      if (!model) throw new ActionError("errors.notFound");
      await restoreRecord(model, id, user);
      revalidate();
      return { module, id };
    },
  })(input);
}

// The form's values as typed so far; only the name, email and phone fields are read.
const duplicateSchema = z.record(z.string().max(64), z.union([z.string().max(10_000), z.array(z.string().max(64)).max(40), z.boolean(), z.null()]));

export async function findRecordDuplicates(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, model.key, "read"),
    schema: duplicateSchema,
    handler: (values, user) => model.findDuplicates(text(values), typeof values.id === "string" ? values.id : null, user),
  })(input);
}

/** Search-as-you-type of a relation picker, in the target module's scope. */
export async function searchRecords(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, model.key, "read"),
    schema: z.object({ q: z.string().max(200) }).strict(),
    handler: ({ q }, user) => model.options(q, user),
  })(input);
}

const linkSchema = z.object({ id: z.string().min(1).max(64), via: z.string().min(1).max(64), parentId: z.string().min(1).max(64).nullable() }).strict();

/**
 * « Sélectionner » / « Retirer » in a subpanel: sets or clears the child's link field, when a registered module
 * declares that subpanel linkable. The same save flow as a form (scope, reference check, version, change log).
 */
export async function linkRecord(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, model.key, "edit"),
    schema: linkSchema,
    async handler({ id, via, parentId }, user) {
      const declared = Object.values(MODULES).some((m) => m.def.subpanels.some((p) => p.kind !== "activities" && p.module === model.key && p.via === via && p.linkable));
      if (!declared) throw new ActionError("errors.invalid", { fieldErrors: { via: { key: "validation.unknownField" } } });
      const current = await model.find(db, id, user);
      if (!current) throw new ActionError("errors.notFound");
      const result = await writeRecord(model, { id, version: current.version, [via]: parentId }, user);
      revalidate();
      return result;
    },
  })(input);
}

/**
 * The list's « i »: the record's main fields (its first section) without leaving the list, read through the
 * model's scoped detail like the record page.
 */
export async function quickView(moduleKey: string, input: unknown) {
  const model = modelOf(moduleKey);
  if (!model) return notFound;
  return defineAction({
    permission: null,
    allowed: (user) => canModule(user, model.key, "read"),
    schema: idSchema,
    async handler({ id }, user) {
      const detail = await model.detail(id, user);
      if (!detail) throw new ActionError("errors.notFound");
      const fields = model.def.sections[0]?.fields ?? [];
      return { id, title: detail.editable.title, values: Object.fromEntries(fields.map((f) => [f, detail.display[f] ?? null])) };
    },
  })(input);
}

/**
 * « Enregistrer la fusion » posted without scripts: each field marked `_merge.<field>=theirs` takes the record's
 * current value (read again in the user's scope, hidden fields excluded) instead of the typed one, and the save
 * goes on top of the version the conflict showed (`_mergeVersion`); a newer save by someone else conflicts again.
 */
async function applyMerge(model: RecordModel, form: FormData, clean: FormData): Promise<void> {
  const user = await getCurrentUser();
  const id = form.get("id");
  const version = String(form.get("_mergeVersion") ?? "");
  if (!user || typeof id !== "string" || !/^\d{1,9}$/.test(version)) return;
  const current = await model.editable(id, user);
  if (!current) return;
  clean.set("version", version);
  for (const [name, choice] of form.entries()) {
    const field = name.startsWith("_merge.") ? name.slice("_merge.".length) : null;
    if (!field || choice !== "theirs" || !Object.hasOwn(current.values, field)) continue;
    const def = model.def.fields.find((f) => f.name === field);
    if (!def || !isFormField(def)) continue;
    const value = current.values[field];
    clean.delete(field);
    clean.delete(`${field}[]`);
    if (Array.isArray(value)) for (const v of value) clean.append(`${field}[]`, v);
    else clean.set(field, typeof value === "boolean" ? String(value) : (value ?? ""));
  }
}

export type RecordFormState = { result: ActionResult<{ id: string; version: number }> | null; values: Record<string, string | string[]> };

const LIST_KEYS = new Set(["q", "sort", "dir", "mine", "from", "cursor", "before", "size"]);
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The record form as a plain HTML form, before scripts load (satellite link) or with scripts off: the same save,
 * then a redirect to the record (or to the next record's form for « Sauvegarder et continuer »). On failure the
 * page is drawn again with what was typed and the messages beside the fields. With scripts the form calls
 * `saveRecord` itself and never reaches this action.
 */
export async function submitRecordForm(moduleKey: string, _prev: RecordFormState, form: FormData): Promise<RecordFormState> {
  const model = modelOf(moduleKey);
  if (!model) return { result: notFound, values: {} };
  const clean = new FormData();
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION") || name.startsWith("_") || typeof value !== "string") continue;
    clean.append(name, value);
    if (name.endsWith("[]")) values[name.slice(0, -2)] = [...((values[name.slice(0, -2)] as string[] | undefined) ?? []), value];
    else values[name] = value;
  }
  if (form.get("_merge") === "1") await applyMerge(model, form, clean);
  const result = await saveRecord(moduleKey, clean);
  if (!result.ok) return { result, values };
  const query = new URLSearchParams();
  // The list's own keys, its page size and its « Filtre avancé » criteria (repeated `f.<field>.v` kept).
  for (const [k, v] of new URLSearchParams(String(form.get("_query") ?? "").slice(0, 4000))) if (LIST_KEYS.has(k) || /^f\.\w{1,64}(\.(v|to))?$/.test(k)) query.append(k, v);
  const next = String(form.get("_next") ?? "");
  const locale = await getLocale();
  const back = safeReturnTo(form.get("_return"), Object.keys(MODULES));
  if (back) redirect(`/${locale}${back}`);
  if (form.get("_after") === "continue" && ID_RE.test(next)) {
    query.set("from", "list");
    redirect(`/${locale}/${model.key}/${next}/edit?${query}`);
  }
  const qs = query.toString();
  redirect(`/${locale}/${model.key}/${result.data.id}${qs ? `?${qs}` : ""}`);
}
