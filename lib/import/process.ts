import "server-only";
// What one CSV line becomes: refused (its reasons), skipped (a duplicate), or a record created or updated through
// the record layer's own save (lib/records/batch-save.ts saveRecordsBatch: same schema, reference checks, derived
// and search keys, sort keys and change log as a form). A dry run stops before writing.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import type { RecordModel, Row } from "@/lib/records/model";
import { formValuesOf, recordTitle } from "@/lib/records/display";
import { recordScope } from "@/lib/records/scope";
import { saveRecordsBatch, type BatchSave } from "@/lib/records/batch-save";
import type { Tx } from "@/lib/records/store";
import { cellValue, type Mapping, type ValueMap } from "@/lib/import/cells";
import { createResolver, type Resolver } from "@/lib/import/resolve";
import { importFields, LEGACY_ID } from "@/lib/import/targets";

export const POLICIES = ["skip", "update", "create"] as const;
export type Policy = (typeof POLICIES)[number];
export type OutcomeKind = "created" | "updated" | "skipped" | "refused";
/** A reason as message key, the field it concerns and a value (a duplicate's title). */
export type Reason = { k: string; f?: string; v?: string | number };
export type Outcome = { line: number; outcome: OutcomeKind; reasons: Reason[]; recordId: string | null; before: string | null; version: number | null };
export type ImportSpec = { mapping: Mapping; valueMap: ValueMap; policy: Policy };
export type Line = { line: number; cells: string[] };

type Planned =
  | { line: number; kind: "refused" | "skipped"; reasons: Reason[]; recordId?: string }
  // A dry run's line repeating an earlier new line of its batch: what the run will do with it (skip or update).
  | { line: number; kind: "repeat"; reasons: Reason[] }
  | { line: number; kind: "create"; fields: Record<string, unknown>; legacyId: string | null }
  | { line: number; kind: "update"; fields: Record<string, unknown>; legacyId: string | null; existing: Row; before: Record<string, unknown> };

/** The mapped cells as form values, relations resolved; reasons for what could not be resolved. */
async function formValues(model: RecordModel, spec: ImportSpec, cells: string[], resolver: Resolver) {
  const fields = importFields(model.def);
  const values: Record<string, unknown> = {};
  const reasons: Reason[] = [];
  let legacyId: string | null = null;
  for (const [column, target] of spec.mapping.entries()) {
    if (!target) continue;
    const raw = cells[column] ?? "";
    if (target === LEGACY_ID) {
      legacyId = raw.trim().slice(0, 255) || null;
      continue;
    }
    const field = fields.find((f) => f.name === target);
    if (!field) continue;
    if (field.kind === "relation" || field.kind === "parent" || field.kind === "user") {
      const found = await resolver.resolve(field, raw);
      if (found === undefined && field.kind !== "user") reasons.push({ k: "import.reasons.notFound", f: field.name, v: raw.trim().slice(0, 80) });
      values[field.name] = found ?? "";
    } else values[field.name] = cellValue(field, raw, spec.valueMap);
  }
  return { values, reasons, legacyId };
}

/** A new record's unmapped fields start as the form starts them (a status's default value). */
function withDefaults(model: RecordModel, values: Record<string, unknown>) {
  const out = { ...values };
  for (const field of importFields(model.def)) if (!(field.name in out) && field.defaultValue !== undefined) out[field.name] = field.defaultValue;
  return out;
}

const texts = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string"));

/** The batch's records already imported, by old id: one query for the whole batch. */
async function existingByLegacyId(model: RecordModel, legacyIds: string[], user: CurrentUser) {
  if (legacyIds.length === 0) return new Map<string, Row>();
  const rows = (await model.table(db).findMany({ where: { AND: [recordScope(user, model.key), { legacyId: { in: [...new Set(legacyIds)] } }] } })) as Row[];
  return new Map(rows.map((r) => [String(r.legacyId), r]));
}

/**
 * Decides each line of a batch: validation with the module's strict schema, then old id, then duplicates. A
 * line repeating an earlier new line of the batch (same person, no old id) ends a real run's batch before it:
 * the next batch then finds the first one written and treats the repeat as a form would (skip or update).
 */
export async function planLines(model: RecordModel, spec: ImportSpec, lines: readonly Line[], user: CurrentUser, opts: { dry: boolean }): Promise<Planned[]> {
  const resolver = createResolver();
  const seen = new Set<string>();
  const planned: Planned[] = [];
  const mapped = new Set(spec.mapping.filter((t): t is string => !!t && t !== LEGACY_ID));
  const legacyColumn = spec.mapping.indexOf(LEGACY_ID);
  const known = await existingByLegacyId(model, legacyColumn < 0 ? [] : lines.map((l) => (l.cells[legacyColumn] ?? "").trim()).filter(Boolean), user);
  // First pass: values, validation, old ids; the duplicates of the valid lines are then read in one query.
  const checked = [];
  for (const { line, cells } of lines) {
    const { values, reasons, legacyId } = await formValues(model, spec, cells, resolver);
    const parsed = model.inputSchema.safeParse(withDefaults(model, values));
    if (!parsed.success) for (const [f, e] of Object.entries(fieldErrorsOf(parsed.error))) if (!reasons.some((r) => r.f === f)) reasons.push({ k: e.key, f, ...(e.values ? { v: Object.values(e.values)[0] } : {}) });
    if (legacyId && seen.has(legacyId)) reasons.push({ k: "import.reasons.repeated", f: LEGACY_ID, v: legacyId });
    if (legacyId) seen.add(legacyId);
    checked.push({ line, reasons, legacyId, data: parsed.success ? (parsed.data as Record<string, unknown>) : null });
  }
  const wanted = checked.filter((c) => c.data && c.reasons.length === 0 && !(c.legacyId && known.has(c.legacyId)));
  const matchDuplicates = model.def.duplicateCheck && spec.policy !== "create";
  const duplicates = matchDuplicates ? await model.firstDuplicates(wanted.map((c) => texts(c.data!)), user) : [];
  for (const c of checked) {
    const { line, reasons, legacyId, data } = c;
    if (!data || reasons.length > 0) {
      planned.push({ line, kind: "refused", reasons });
      continue;
    }
    let existing = legacyId ? (known.get(legacyId) ?? null) : null;
    let reason: Reason | null = existing ? { k: "import.reasons.sameLegacyId", v: legacyId! } : null;
    const dup = existing ? null : duplicates[wanted.indexOf(c)];
    if (dup && "earlier" in dup) {
      if (!opts.dry) break;
      planned.push({ line, kind: "repeat", reasons: [{ k: "import.reasons.duplicate", v: recordTitle(model.def, wanted[dup.earlier].data!) }] });
      continue;
    }
    if (dup) {
      existing = await model.find(db, dup.row.id, user);
      reason = { k: "import.reasons.duplicate", v: dup.title };
    }
    if (existing && spec.policy === "skip") {
      planned.push({ line, kind: "skipped", reasons: reason ? [reason] : [], recordId: existing.id });
      continue;
    }
    if (existing) {
      const fields = Object.fromEntries([...mapped].map((f) => [f, data[f]]));
      const before = formValuesOf(model.def, existing, user.timeZone);
      planned.push({ line, kind: "update", fields, legacyId, existing, before: Object.fromEntries([...mapped].map((f) => [f, before[f]])) });
    } else {
      const { id: _id, version: _v, confirmDuplicates: _c, ...fields } = data;
      planned.push({ line, kind: "create", fields, legacyId });
    }
  }
  return planned;
}

/**
 * Runs a batch: a dry run reports what would happen; a real run writes it in one transaction, in which `after`
 * records the outcomes (so a resumed run never writes a line twice). The outcomes are those of the lines the
 * batch took: a real run's batch may end before a repeated line (see planLines).
 */
export async function runLines(model: RecordModel, spec: ImportSpec, lines: readonly Line[], user: CurrentUser, opts: { dry: boolean; after: (tx: Tx | null, outcomes: Outcome[]) => Promise<void> }): Promise<Outcome[]> {
  const planned = await planLines(model, spec, lines, user, { dry: opts.dry });
  const base = (p: Planned, outcome: OutcomeKind, reasons: Reason[] = []): Outcome => ({ line: p.line, outcome, reasons, recordId: null, before: null, version: null });
  if (opts.dry) {
    const outcomes = planned.map((p) =>
      p.kind === "refused" || p.kind === "skipped"
        ? base(p, p.kind, p.reasons)
        : p.kind === "repeat"
          ? base(p, spec.policy === "update" ? "updated" : "skipped", p.reasons)
          : base(p, p.kind === "create" ? "created" : "updated"),
    );
    await opts.after(null, outcomes);
    return outcomes;
  }
  const writes = planned.filter((p): p is Extract<Planned, { kind: "create" | "update" }> => p.kind === "create" || p.kind === "update");
  const saves: BatchSave[] = writes.map((p) => ({ fields: p.fields, before: p.kind === "update" ? p.existing : null, extra: p.legacyId ? { [LEGACY_ID]: p.legacyId } : {} }));
  let outcomes: Outcome[] = [];
  await saveRecordsBatch(model, saves, user, async (tx, results) => {
    outcomes = planned.map((p) => {
      if (p.kind === "repeat") throw new Error("a real run's batch ends before a repeated line");
      if (p.kind === "refused" || p.kind === "skipped") return { ...base(p, p.kind, p.reasons), recordId: p.kind === "skipped" ? (p.recordId ?? null) : null };
      const result = results[writes.indexOf(p as (typeof writes)[number])];
      if (!result.ok) {
        const fieldErrors = (result.error.extra.fieldErrors ?? {}) as Record<string, { key: string }>;
        const reasons = Object.entries(fieldErrors).map(([f, e]) => ({ k: e.key, f }));
        return base(p, "refused", reasons.length > 0 ? reasons : [{ k: result.error.key }]);
      }
      return {
        ...base(p, p.kind === "create" ? "created" : "updated"),
        recordId: result.id,
        version: result.version,
        before: p.kind === "update" ? JSON.stringify(p.before) : null,
      };
    });
    await opts.after(tx, outcomes);
  });
  return outcomes;
}
