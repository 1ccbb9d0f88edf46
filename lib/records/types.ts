// The vocabulary of module definitions. A definition is plain data (it crosses to client components): fields,
// list columns, quick-search, form and detail sections, subpanels, export columns. Labels are not in it: they
// come from `modules.<key>.fields.<field>` (and `modules.<key>.options.<field>.<value>` for enum values).

export type FieldKind =
  | "text" // single line, at most 255 characters
  | "textarea" // multi-line, at most 10,000
  | "email"
  | "phone"
  | "url" // http/https only
  | "number"
  | "date" // calendar date, stored as "YYYY-MM-DD"
  | "datetime" // instant, stored in UTC
  | "boolean"
  | "enum" // one of `options`, or of the admin-managed list `picklist`
  | "multienum" // several of `options` / `picklist`, stored as a JSON array
  | "relation" // id of a record of `relation.module`; shown as that record's title
  | "user" // id of a user (« Assigné à »)
  | "file";

export type FieldDef = {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** Fixed values (labels in messages). */
  options?: readonly string[];
  /** Name of an admin-extendable list kept in PicklistValue. */
  picklist?: string;
  relation?: { module: string };
  /** May be sorted on in lists (server-side, on an indexed column). */
  sortable?: boolean;
  /** Shown with the pencil for inline edit on the detail view. Defaults to true except for relations/files. */
  inlineEdit?: boolean;
  /** Computed for display (the « Nom » column): listed and sorted, never in a form. */
  virtual?: boolean;
  /** Value a new record's form starts with. */
  defaultValue?: string;
};

export type Section = { key: string; fields: readonly string[] };

export type Subpanel = {
  /** Module whose records are listed. */
  module: string;
  /** Their field that points at this record. */
  via: string;
};

export type ModuleDef<F extends string = string> = {
  key: string;
  /** Fields that make the record's title, in order ("Marie Côté-Tremblay"). */
  titleFields: readonly F[];
  fields: readonly (FieldDef & { name: F })[];
  listColumns: readonly F[];
  /** Column sorted by default; `name` sorts by the normalised sort key. */
  defaultSort: { field: F | "createdAt" | "updatedAt"; dir: "asc" | "desc" };
  sections: readonly (Section & { fields: readonly F[] })[];
  subpanels: readonly Subpanel[];
  exportColumns: readonly F[];
  /** Warn about similar records while creating. */
  duplicateCheck: boolean;
  /** Has « Assigné à » and the « Mes éléments » filter. */
  assignable: boolean;
};

/** Narrow helper so that a misspelt field name in a list, section or column fails `tsc`. */
export function defineModule<const F extends string>(def: ModuleDef<F>): ModuleDef<F> {
  return def;
}

/** A display-ready value: plain data only, so rows stay small on the wire. */
export type DisplayValue = string | number | boolean | string[] | { id: string; label: string } | null;

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
};
