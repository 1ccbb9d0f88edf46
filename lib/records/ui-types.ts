// What the generic record screens (components/records/*) receive from a module's pages. Everything here is plain
// data or a server action, so it can cross from a server component to a client component.
import type { ActionResult } from "@/lib/actions/errors";
import type { DisplayValue, ModuleDef, RecordRow } from "@/lib/records/types";
import type { Criterion } from "@/lib/records/filters";
import type { ListTools } from "@/lib/list-tools/ui-types";

export type Option = { value: string; label: string };

/** Values as a form edits them: text for scalar fields, string[] for multienum, boolean for boolean. */
export type FormValues = Record<string, string | string[] | boolean | null>;

export type EditableRecord = {
  id: string;
  version: number;
  title: string;
  values: FormValues;
  /** Labels of the records that relation fields point to ("Nom du partenaire" shows a name, not an id). */
  relationLabels: Record<string, { id: string; label: string; deleted?: boolean } | null>;
};

export type DuplicateCandidate = {
  id: string;
  title: string;
  reasons: ("name" | "email" | "phone")[];
  /** Enough to tell two people apart: email, phone, date of birth, partner… (field name → display text). */
  context: Record<string, string>;
};

export type ConflictInfo = {
  /** The record as it is now in the database. */
  current: EditableRecord;
  /** Fields someone else changed since this form was opened. */
  changedFields: string[];
  changedBy: string | null;
  changedAt: string | null;
};

/** Server actions a module hands to the generic screens. */
export type RecordActions = {
  /** The same save as a plain form post, for a page whose scripts have not loaded (redirects on success). */
  submit?: (state: { result: ActionResult<{ id: string; version: number }> | null; values: Record<string, string | string[]> }, form: FormData) => Promise<{
    result: ActionResult<{ id: string; version: number }> | null;
    values: Record<string, string | string[]>;
  }>;
  /** Create (no id) or update (id + version) from the form's FormData. Conflict → error "records.conflict", extra: ConflictInfo. */
  save: (input: FormData) => Promise<ActionResult<{ id: string; version: number }>>;
  /** Inline edit of one field. Conflict as above. */
  saveField: (input: { id: string; version: number; field: string; value: string | string[] | boolean | null }) => Promise<
    ActionResult<{ version: number; display: DisplayValue }>
  >;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
  /** Similar existing records for the values typed so far (absent when the module does not check duplicates). */
  findDuplicates?: (input: FormValues) => Promise<ActionResult<DuplicateCandidate[]>>;
};

/** Everything a form needs besides the record: the choice lists (enums, picklists, users). */
export type FormOptions = Record<string, Option[]>;

export type ListScreenProps = {
  def: ModuleDef;
  /** Base path of the module's pages without locale, e.g. "/clients". */
  basePath: string;
  page: { rows: RecordRow[]; nextCursor: string | null; prevCursor: string | null; count: number; capped: boolean };
  params: { q: string; sort: string; dir: "asc" | "desc"; mine: boolean; criteria?: Criterion[]; size?: number; start?: number };
  canCreate: boolean;
  /** Records of this page the user starred (the row's star). */
  favoriteIds?: string[];
  toggleFavorite?: (input: { module: string; id: string }) => Promise<ActionResult<{ favorite: boolean }>>;
  /** The row's « i »: the record's main fields, loaded when asked. */
  quickView?: (input: { id: string }) => Promise<ActionResult<QuickViewData>>;
  /** The columns shown, in order (the user's choice); the definition's list columns when absent. */
  columns?: string[];
  /** Filter panel, saved filters, column chooser, export and « Action Lot » (the module list page gives them). */
  tools?: ListTools;
};

/** What the list's quick view shows: the title and the first section's display values. */
export type QuickViewData = { id: string; title: string; values: Record<string, DisplayValue> };
