import "server-only";
import { notFound } from "next/navigation";
import { modelOf } from "@/lib/modules/registry";
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
