import type { FieldDef, ModuleDef } from "@/lib/records/types";
import { isFormField } from "@/lib/records/types";

/** Largest « Action Lot » run: the ids of every matching record are read first, then sent back 100 at a time. */
export const BULK_MAX = 10_000;
export const BULK_BATCH = 100;

export type BulkOp = "update" | "favorite" | "delete";
export type BulkItem = { id: string; version: number };
export type BulkFailure = { id: string; title: string; reason: string };

/** Fields a mass update may set: one choice each (a list value, a colleague, yes/no). */
export function bulkFields(def: ModuleDef): FieldDef[] {
  return def.fields.filter((f) => isFormField(f) && f.inlineEdit !== false && (f.kind === "enum" || f.kind === "user" || f.kind === "boolean"));
}
