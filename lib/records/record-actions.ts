import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { can } from "@/lib/auth/permissions";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { deleteRecord, saveRecord } from "@/lib/records/service";
import { fieldEditSchema, idSchema } from "@/lib/records/zod-fields";
import type { ModuleStore } from "@/lib/records/store";
import type { DisplayValue } from "@/lib/records/types";
import type { DuplicateCandidate, EditableRecord } from "@/lib/records/ui-types";

type Fields = Record<string, unknown>;

export type RecordActionSpec<S extends z.ZodObject> = {
  store: ModuleStore<Fields>;
  /** The module's strict form schema (id, version and every field). */
  schema: S;
  /** One schema per field, for inline edit. */
  fieldSchemas: Record<string, z.ZodType>;
  /** The record as the detail and conflict screens show it. */
  loadEditable: (id: string) => Promise<EditableRecord | null>;
  /** Display value of one field after an inline edit. */
  displayField: (id: string, field: string) => Promise<DisplayValue>;
  findDuplicates?: (values: Record<string, string>, excludeId: string | null) => Promise<DuplicateCandidate[]>;
  revalidate: (id: string) => void;
};

/**
 * The server actions of one record module, built from its own store and schema. Every one goes through
 * defineAction (session, permission, strict input); scope and existence are checked by the store's queries.
 */
export function recordActions<S extends z.ZodObject>(spec: RecordActionSpec<S>) {
  const withConflict = async <T>(id: string | undefined, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ActionError && error.key === "records.conflict" && id) {
        throw new ActionError("records.conflict", { ...error.extra.conflict as object, current: await spec.loadEditable(id) });
      }
      throw error;
    }
  };

  const save = defineAction({
    permission: "record.update",
    schema: spec.schema,
    async handler(input, user) {
      const { id } = input as { id?: string };
      if (!can(user, id ? "record.update" : "record.create")) throw new ActionError("errors.forbidden");
      const result = await withConflict(id, () => saveRecord(spec.store, input as Fields & { id?: string; version?: number }, user));
      spec.revalidate(result.id);
      return result;
    },
  });

  const saveField = defineAction({
    permission: "record.update",
    schema: fieldEditSchema,
    async handler({ id, version, field, value }, user) {
      const fieldSchema = spec.fieldSchemas[field];
      const def = spec.store.def.fields.find((f) => f.name === field);
      if (!fieldSchema || !def || def.virtual || def.inlineEdit === false) throw new ActionError("errors.invalid", { fieldErrors: { field: { key: "validation.unknownField" } } });
      const parsed = fieldSchema.safeParse(value ?? "");
      if (!parsed.success) {
        const errors = fieldErrorsOf(parsed.error);
        throw new ActionError("errors.invalid", { fieldErrors: { [field]: Object.values(errors)[0] } });
      }
      const result = await withConflict(id, () => saveRecord(spec.store, { id, version, [field]: parsed.data }, user));
      spec.revalidate(id);
      return { version: result.version, display: await spec.displayField(id, field) };
    },
  });

  const remove = defineAction({
    permission: "record.delete",
    schema: idSchema,
    async handler({ id }, user) {
      await deleteRecord(spec.store, id, user);
      spec.revalidate(id);
      return { id };
    },
  });

  // The form's values as typed so far; only the name, email and phone fields are read.
  const duplicateSchema = z.record(z.string().max(64), z.union([z.string().max(10_000), z.array(z.string().max(64)).max(40), z.boolean(), z.null()]));
  const findDuplicates = defineAction({
    permission: "record.read",
    schema: duplicateSchema,
    async handler(values) {
      if (!spec.findDuplicates) return [];
      const text = Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string"));
      return spec.findDuplicates(text, typeof values.id === "string" ? values.id : null);
    },
  });

  return { save, saveField, remove, findDuplicates };
}
