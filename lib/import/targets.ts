// What a CSV column may be mapped to in each importable module: the module's own form fields (from the
// registry's definition) and `legacyId`, the record's id in the old CRM. Plain data, shared by the wizard's
// pages and the import runner.
import type { FieldDef, ModuleDef } from "@/lib/records/types";
import { isFormField } from "@/lib/records/types";

export const IMPORT_MODULES = ["clients", "partners", "contacts", "calls", "meetings", "tasks", "notes"] as const;
export type ImportModule = (typeof IMPORT_MODULES)[number];
export const isImportModule = (key: unknown): key is ImportModule => typeof key === "string" && (IMPORT_MODULES as readonly string[]).includes(key);

export const LEGACY_ID = "legacyId";

/**
 * The fields a column may fill. A « Lié à » field takes the parent's old id; a contact's partner its name or old
 * id; invited colleagues are not imported (the old CRM's user ids mean nothing here).
 */
export function importFields(def: ModuleDef): FieldDef[] {
  return def.fields.filter((f) => isFormField(f) && f.kind !== "users");
}

export function targetNames(def: ModuleDef): string[] {
  return [LEGACY_ID, ...importFields(def).map((f) => f.name)];
}

/** Fields whose values are one of a list: the wizard's « valeurs » step maps what the file holds to ours. */
export function listFields(def: ModuleDef): FieldDef[] {
  return importFields(def).filter((f) => f.kind === "enum" || f.kind === "multienum");
}
