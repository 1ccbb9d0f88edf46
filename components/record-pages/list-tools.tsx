import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { modelOf } from "@/lib/modules/registry";
import { formOptions } from "@/lib/records/context";
import { filterableFields, opsFor } from "@/lib/records/filters";
import type { SearchParams } from "@/lib/records/list-params";
import type { ListParams } from "@/lib/records/types";
import { choosableColumns, listColumnsOf, savedFiltersOf } from "@/lib/list-tools/preferences";
import { saveColumns, saveFilter, updateFilter } from "@/lib/list-tools/actions";
import { bulkApply, bulkMatching } from "@/lib/list-tools/bulk-actions";
import { bulkFields } from "@/lib/list-tools/bulk";
import type { ListTools, ToolField } from "@/lib/list-tools/ui-types";
import type { UserScreens } from "@/components/record-pages/screens";

/** What the list's tools need, each action bound to the module's key and checked again when called. */
export async function listToolsFor(screens: UserScreens, user: CurrentUser, params: ListParams, search: SearchParams, query: string): Promise<ListTools> {
  const { def, model } = screens;
  const [options, saved, columns] = await Promise.all([formOptions(def), savedFiltersOf(user.id, def.key), listColumnsOf(user.id, def)]);
  const toolField = (f: (typeof def.fields)[number]): ToolField => ({
    name: f.name,
    kind: f.kind,
    ops: opsFor(f),
    ...(options[f.name] ? { options: options[f.name] } : {}),
    ...(f.relation ? { modules: [f.relation.module] } : f.parent ? { modules: [...f.parent.modules] } : {}),
  });
  const filterFields = filterableFields(def).map(toolField);
  const add = typeof search.add === "string" && filterFields.some((f) => f.name === search.addField) ? [String(search.addField)] : [];
  // Relation criteria show the chosen record's title, read in the user's scope.
  const relationLabels: Record<string, string> = {};
  for (const c of params.criteria ?? []) {
    if (c.op !== "is") continue;
    const field = def.fields.find((f) => f.name === c.field);
    const [module, id] = field?.kind === "parent" ? c.value.split(":") : [field?.relation?.module, c.value];
    const target = field && (field.kind === "relation" || field.kind === "parent") ? modelOf(module) : null;
    const title = target ? (await target.titles([id], user)).get(id) : undefined;
    if (title) relationLabels[c.field] = title;
  }
  return {
    query,
    filterFields,
    extraRows: add,
    relationLabels,
    relationSearch: screens.relationSearch,
    savedFilters: saved,
    saveFilter: saveFilter.bind(null, def.key),
    updateFilter: updateFilter.bind(null, def.key),
    columns: { chosen: columns.columns, choosable: choosableColumns(def), custom: columns.custom },
    saveColumns: saveColumns.bind(null, def.key),
    exportPath: screens.can.export ? `/api/export/${model.key}` : null,
    funderExportPath: model.key === "clients" && screens.can.export ? "/clients/funder-export" : null,
    bulk: screens.can.bulk
      ? { fields: bulkFields(def).map(toolField), canUpdate: screens.can.edit, canDelete: screens.can.delete, matching: bulkMatching.bind(null, def.key), apply: bulkApply.bind(null, def.key) }
      : null,
  };
}
