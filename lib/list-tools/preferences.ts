import "server-only";
import { db } from "@/lib/db";
import type { ModuleDef } from "@/lib/records/types";

export type SavedFilterItem = { id: string; name: string; query: string; isDefault: boolean };

const MAX_COLUMNS = 30;

/** Columns a user may show: every stored or computed field but long texts and files (a table cell cannot hold them). */
export function choosableColumns(def: ModuleDef): string[] {
  const order = [...def.listColumns, ...(def.optionalColumns ?? []), ...def.fields.map((f) => f.name)];
  const kinds = new Map(def.fields.map((f) => [f.name, f.kind]));
  return [...new Set(order)].filter((n) => kinds.has(n) && kinds.get(n) !== "textarea" && kinds.get(n) !== "file");
}

/** A chosen column list kept only where it still names choosable columns (a field may have left the module). */
export function cleanColumns(def: ModuleDef, columns: readonly unknown[]): string[] {
  const ok = new Set(choosableColumns(def));
  return [...new Set(columns.filter((c): c is string => typeof c === "string" && ok.has(c)))].slice(0, MAX_COLUMNS);
}

/** The user's columns for a module, in their order, or the definition's list columns. */
export async function listColumnsOf(userId: string, def: ModuleDef): Promise<{ columns: string[]; custom: boolean }> {
  const row = await db.listPreference.findUnique({ where: { userId_module: { userId, module: def.key } } });
  if (!row) return { columns: [...def.listColumns], custom: false };
  let parsed: unknown = [];
  try {
    parsed = JSON.parse(row.columns);
  } catch {
    parsed = [];
  }
  const columns = cleanColumns(def, Array.isArray(parsed) ? parsed : []);
  return columns.length ? { columns, custom: true } : { columns: [...def.listColumns], custom: false };
}

export async function savedFiltersOf(userId: string, module: string): Promise<SavedFilterItem[]> {
  return db.savedFilter.findMany({ where: { userId, module }, orderBy: { name: "asc" }, select: { id: true, name: true, query: true, isDefault: true }, take: 100 });
}

export async function defaultFilterOf(userId: string, module: string): Promise<SavedFilterItem | null> {
  return db.savedFilter.findFirst({ where: { userId, module, isDefault: true }, select: { id: true, name: true, query: true, isDefault: true } });
}
