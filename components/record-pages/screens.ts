import "server-only";
import { notFound } from "next/navigation";
import { modelOf } from "@/lib/modules/registry";
import { canModule, hiddenFields, MODULE_ACTIONS, type ModuleAction } from "@/lib/auth/access";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ModuleDef } from "@/lib/records/types";
import { findRecordDuplicates, removeRecord, saveRecord, saveRecordField, searchRecords, submitRecordForm } from "@/lib/records/actions";
import type { RecordModel } from "@/lib/records/model";
import type { RecordActions } from "@/lib/records/ui-types";
import type { RelationSearchMap } from "@/components/records/record-form";

export type ModuleScreens = { model: RecordModel; def: RecordModel["def"]; actions: RecordActions; relationSearch: RelationSearchMap };

/**
 * What the generic screens need for the module named in the address: its model, and the shared record actions
 * bound to its key (the key is checked against the registry again on every call). Unknown names are a 404.
 */
export function screensOf(moduleKey: string): ModuleScreens {
  const model = modelOf(moduleKey);
  if (!model) notFound();
  const key = model.key;
  const actions = {
    save: saveRecord.bind(null, key),
    submit: submitRecordForm.bind(null, key),
    saveField: saveRecordField.bind(null, key),
    remove: removeRecord.bind(null, key),
    findDuplicates: model.def.duplicateCheck ? findRecordDuplicates.bind(null, key) : undefined,
  } as RecordActions;
  const relationSearch: RelationSearchMap = Object.fromEntries([
    ...model.def.fields.filter((f) => f.kind === "relation" && f.relation).map((f) => [f.name, searchRecords.bind(null, f.relation!.module)]),
    // « Lié à »: one search per module it may point to, keyed `<field>.<module>` (the picker follows the chosen type).
    ...model.def.fields.filter((f) => f.kind === "parent").flatMap((f) => (f.parent?.modules ?? []).map((m) => [`${f.name}.${m}`, searchRecords.bind(null, m)])),
  ]) as RelationSearchMap;
  return { model, def: model.def, actions, relationSearch };
}

/** The definition without the fields the user may not see: no column, filter, sort, section or export names them. */
export function withoutFields(def: ModuleDef, hide: ReadonlySet<string>): ModuleDef {
  if (hide.size === 0) return def;
  const keep = (name: string) => !hide.has(name);
  return {
    ...def,
    fields: def.fields.filter((f) => keep(f.name)),
    listColumns: def.listColumns.filter(keep),
    optionalColumns: def.optionalColumns?.filter(keep),
    sections: def.sections.map((s) => ({ ...s, fields: s.fields.filter(keep) })),
    exportColumns: def.exportColumns.filter(keep),
  };
}

export type UserScreens = ModuleScreens & { can: Record<ModuleAction, boolean> };

/**
 * The screens as this user may see them: the definition without their hidden fields, and what the access
 * matrix lets their role do in the module. A module they may not read is a 404, like an unknown one.
 */
export async function screensFor(moduleKey: string, user: CurrentUser): Promise<UserScreens> {
  const screens = screensOf(moduleKey);
  const key = screens.model.key;
  const [hide, allowed] = await Promise.all([hiddenFields(user, key), Promise.all(MODULE_ACTIONS.map((a) => canModule(user, key, a)))]);
  const can = Object.fromEntries(MODULE_ACTIONS.map((a, i) => [a, allowed[i]])) as Record<ModuleAction, boolean>;
  if (!can.read) notFound();
  return { ...screens, def: withoutFields(screens.def, hide), can };
}
