// The vocabulary of module definitions. A definition is plain data (it crosses to client components): fields,
// list columns, quick-search, form and detail sections, subpanels, export columns. Labels are not in it: they
// come from `modules.<key>.fields.<field>` (and `modules.<key>.options.<field>.<value>` for enum values).
import type { Criterion } from "@/lib/records/filters";

export type FieldKind =
  | "text" // single line, at most 255 characters
  | "textarea" // multi-line, at most 10,000
  | "email"
  | "phone"
  | "url" // http/https only
  | "number"
  | "date" // calendar date, stored as "YYYY-MM-DD"
  | "datetime" // instant, stored in UTC (Prisma DateTime); typed and shown in the user's time zone
  | "duration" // whole minutes (Int), typed as hours + minutes, 0 to 10,000 h
  | "boolean"
  | "enum" // one of `options`, or of the admin-managed list `picklist`
  | "multienum" // several of `options` / `picklist`, stored as a JSON array
  | "relation" // id of a record of `relation.module`; shown as that record's title
  | "user" // id of a user (« Assigné à »)
  | "users" // several active users (invited colleagues), stored as a JSON array of ids in a text column
  | "parent" // « Lié à »: one record of one of `parent.modules`, stored in one nullable id column per module
  | "file"; // id of a stored file in column `<name>` and its name in `<name>Name`; set only by an upload action

export type FieldDef = {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** Fixed values (labels in messages). */
  options?: readonly string[];
  /** Name of an admin-extendable list kept in PicklistValue. */
  picklist?: string;
  relation?: { module: string };
  /**
   * « Lié à » (kind "parent"): the modules whose records may be the parent. Each has its own nullable id column,
   * `columns[module]`, by default the module key in the singular + "Id" (clients → clientId); exactly one is set.
   */
  parent?: { modules: readonly string[]; columns?: Readonly<Record<string, string>> };
  /** May be sorted on in lists (server-side, on an indexed column). */
  sortable?: boolean;
  /** Shown with the pencil for inline edit on the detail view. Defaults to true except for relations/files. */
  inlineEdit?: boolean;
  /** Computed for display (the « Nom » column): listed and sorted, never in a form. */
  virtual?: boolean;
  /** Value a new record's form starts with. */
  defaultValue?: string;
  /** Kept by the record layer (created, modified, created by): shown and listed, never in a form or schema. */
  system?: boolean;
  /**
   * Read-only value the module's model computes (`defineModel({ compute })`), e.g. « CV à jour ». `kind` is the
   * kind of the value it computes, so it displays like any field of that kind; it has no column, no schema entry,
   * no form input, no inline edit and no change log. (Chosen over a separate "computed" kind with a `valueKind`:
   * every display path keeps switching on `kind` alone.)
   */
  computed?: boolean;
  /**
   * A multi-line text whose `@name` mentions notify the colleagues named (lib/notifications): the text stays
   * plain text everywhere; the form suggests colleagues when `@` is typed.
   */
  mentions?: boolean;
  /**
   * A sensitive field (immigration status, date of birth, CV, notes): shown, filtered, sorted, exported, logged
   * and written only for roles granted its group in the access matrix (lib/auth/access.ts `hiddenFields`).
   */
  sensitive?: "immigration" | "birthDate" | "cv" | "notes";
};

/** The id column of each module a « Lié à » field may point to. */
export function parentColumns(field: FieldDef): Record<string, string> {
  return Object.fromEntries((field.parent?.modules ?? []).map((m) => [m, field.parent?.columns?.[m] ?? `${m.replace(/s$/, "")}Id`]));
}

/** Stored in a column of its own name and written by the forms and inline edit. */
export function isFormField(field: FieldDef): boolean {
  return !field.virtual && !field.system && !field.computed && field.kind !== "file";
}

export type Section = { key: string; fields: readonly string[] };

export type Subpanel = RecordSubpanel | ActivitySubpanel;

/**
 * « Activités » (`open`: planned calls and meetings, open tasks) or « Historique » (`done`: held calls and
 * meetings, completed tasks) of the record: rows of the three activity modules whose « Lié à » is this record, one
 * list newest first (lib/activities/subpanel.ts reads it).
 */
export type ActivitySubpanel = { kind: "activities"; state: "open" | "done" };

export type RecordSubpanel = {
  kind?: "records";
  /** Module whose records are listed. */
  module: string;
  /** Their field that points at this record. */
  via: string;
  /** The parent's column whose value `via` must hold (an SAE file lists its client's services); default its id. */
  match?: string;
  /** Order of the rows: newest first unless a sortable field of that module is named. */
  sort?: { field: string; dir: "asc" | "desc" };
  /** « Sélectionner » links an existing record and each row can be unlinked (the link is a plain field). */
  linkable?: boolean;
  /** The child's fields shown on each row (default: its list columns). */
  columns?: readonly string[];
  /** Files dropped or picked on the panel become new child records attached to this one (documents, CVs). */
  upload?: boolean;
};

/** Fields every record has, appended by defineModule: listable and sortable, never typed in a form. */
export const SYSTEM_FIELDS = [
  { name: "createdAt", kind: "datetime", system: true, sortable: true },
  { name: "updatedAt", kind: "datetime", system: true, sortable: true },
  { name: "createdById", kind: "user", system: true, sortable: true },
] as const satisfies readonly FieldDef[];
export type SystemField = (typeof SYSTEM_FIELDS)[number]["name"];

export type ModuleDef<F extends string = string> = {
  key: string;
  /** Name of its icon in the sidebar (components/shell/module-icon.tsx). */
  icon: string;
  /** Records are created from « + », the sidebar and the dashboard (default true). */
  creatable?: boolean;
  /** Fields that make the record's title, in order ("Marie Côté-Tremblay"). */
  titleFields: readonly F[];
  fields: readonly (FieldDef & { name: F })[];
  listColumns: readonly F[];
  /** Columns a user may add to the list (the column chooser); each sortable one sorts on an index. */
  optionalColumns?: readonly F[];
  /** Column sorted by default; `name` sorts by the normalised sort key. */
  defaultSort: { field: F | "createdAt" | "updatedAt"; dir: "asc" | "desc" };
  sections: readonly (Section & { fields: readonly F[] })[];
  subpanels: readonly Subpanel[];
  exportColumns: readonly F[];
  /** Warn about similar records while creating. */
  duplicateCheck: boolean;
  /** Has « Assigné à » and the « Mes éléments » filter. */
  assignable: boolean;
  /** Other views of the records, each a page `/<key>/<view>` linked from the list, labelled `modules.<key>.views.<view>`. */
  views?: readonly string[];
};

/**
 * Narrow helper so that a misspelt field name in a list, section or column fails `tsc`. It appends the system
 * fields (created, modified, created by), which every list may show as optional columns.
 */
export function defineModule<const F extends string>(def: ModuleDef<F | SystemField>): ModuleDef<F | SystemField> {
  const system = SYSTEM_FIELDS.map((f) => f.name as string);
  return {
    ...def,
    fields: [...def.fields.filter((f) => !system.includes(f.name)), ...SYSTEM_FIELDS],
    optionalColumns: def.optionalColumns ?? ["createdAt", "updatedAt", "createdById"],
  };
}

/** A display-ready value: plain data only, so rows stay small on the wire. */
export type DisplayValue = string | number | boolean | string[] | { id: string; label: string; module?: string; deleted?: boolean } | null;
// A « Lié à » value displays as { id, label, module } (the link names the module); a file as { id, label } (its name).

export type RecordRow = {
  id: string;
  version: number;
  title: string;
  values: Record<string, DisplayValue>;
};

/** A list page as the generic list screen receives it. */
export type ListPage = {
  rows: RecordRow[];
  /** Opaque keyset cursors; null at the ends. */
  nextCursor: string | null;
  prevCursor: string | null;
  /** Capped count: `capped` means "at least `count`" (shown « 1 000+ »). */
  count: number;
  capped: boolean;
};

/** List state read from the URL; every value has been checked against the definition. */
export type ListParams = {
  q: string;
  sort: string;
  dir: "asc" | "desc";
  cursor: string | null;
  /** Direction the cursor pages in. */
  before: boolean;
  mine: boolean;
  /** Language of the page: list values sort by their label in it. */
  locale?: string;
  /** « Filtre avancé »: criteria already checked against the definition (lib/records/filters.ts). */
  criteria?: Criterion[];
  /** Rows per page: 20, 50 (default) or 100. */
  size?: number;
  /** 1-based rank of the page's first row, carried by the paging links for « 51–100 sur 1 000+ ». */
  start?: number;
};
