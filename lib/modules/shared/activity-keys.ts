import { sortKey } from "@/lib/records/normalize";
import { recordTokens } from "@/lib/records/search";
import type { SortColumns } from "@/lib/records/list";

// Sort keys and search tokens every activity module derives from its subject, and the sort columns they share.

const str = (v: unknown) => (typeof v === "string" ? v : null);

export const ACTIVITY_SORTS: SortColumns = {
  subject: { column: "subjectSort", valueType: "string", nullable: false },
  status: { column: "status", valueType: "string", nullable: false, from: "label" },
};

export function subjectKeys(v: Record<string, unknown>) {
  return { columns: { subjectSort: sortKey(str(v.subject)) }, tokens: recordTokens({ names: [str(v.subject)] }) };
}

export const asDate = (v: unknown): Date | null => (v instanceof Date ? v : typeof v === "string" && v !== "" ? new Date(v) : null);
