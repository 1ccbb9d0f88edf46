// What the list's tools (filter panel, saved filters, column chooser, export, « Action Lot ») receive from the
// server page: plain data and bound server actions.
import type { ActionResult } from "@/lib/actions/errors";
import type { FieldKind } from "@/lib/records/types";
import type { Option } from "@/lib/records/ui-types";
import type { Op } from "@/lib/records/filters";
import type { BulkFailure, BulkItem } from "@/lib/list-tools/bulk";
import type { RelationSearch } from "@/components/records/relation-picker";

export type ToolField = {
  name: string;
  kind: FieldKind;
  ops: readonly Op[];
  /** Choices of a list value or a colleague field. */
  options?: Option[];
  /** Module a relation points to, or the modules a « Lié à » may point to. */
  modules?: string[];
};

export type SavedFilterView = { id: string; name: string; query: string; isDefault: boolean };

type Act<I, O> = (input: I) => Promise<ActionResult<O>>;

export type ListTools = {
  /** The list's state in canonical form (no paging): what a saved filter, the export and a bulk run read. */
  query: string;
  filterFields: ToolField[];
  /** Fields shown as rows of the panel although no criterion uses them yet (« Ajouter » without scripts). */
  extraRows: string[];
  /** Labels of the records that relation criteria name (`<field>` → label). */
  relationLabels: Record<string, string>;
  relationSearch: Record<string, RelationSearch>;
  savedFilters: SavedFilterView[];
  saveFilter: Act<{ name: string; query: string; isDefault: boolean }, { id: string; query: string }>;
  updateFilter: Act<{ op: "rename"; id: string; name: string } | { op: "default"; id: string; isDefault: boolean } | { op: "delete"; id: string }, { id: string }>;
  columns: { chosen: string[]; choosable: string[]; custom: boolean };
  saveColumns: Act<{ columns: string[] | null }, { columns: string[] }>;
  /** /api/export/<module>, when the user may export. */
  exportPath: string | null;
  /** The clients' « pour un bailleur de fonds » export page (lib/privacy), when the user may export. */
  funderExportPath?: string | null;
  bulk: {
    fields: ToolField[];
    canUpdate: boolean;
    canDelete: boolean;
    matching: Act<{ query: string }, { items: BulkItem[]; capped: boolean }>;
    apply: Act<{ op: "update" | "favorite" | "delete"; items: BulkItem[]; values?: Record<string, string | boolean | null>; query?: string }, { done: number; failures: BulkFailure[] }>;
  } | null;
};
