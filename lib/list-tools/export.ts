import "server-only";
import { stringify } from "csv-stringify/sync";
// use-intl/core: the same translator without React, so scripts (seed, bench) can load the save flow too.
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadMessages } from "@/lib/i18n/messages";
import { logEvent } from "@/lib/records/audit";
import { displayTranslator, displayValue, type DisplayContext } from "@/lib/records/display";
import { picklistLabels } from "@/lib/records/picklists";
import { userNames } from "@/lib/users/names";
import { utcToWallTime } from "@/lib/records/wall-time";
import type { RecordModel } from "@/lib/records/model";
import type { DisplayValue, FieldDef, ListParams } from "@/lib/records/types";
import { CSV_OPTIONS, neutraliseCell } from "@/lib/list-tools/csv-cell";
import { canonicalQuery } from "@/lib/list-tools/query";

/** Rows read per keyset batch: memory holds one batch at a time, whatever the list's size. */
export const EXPORT_BATCH = 500;
const MAX_IDS = 1000;

export const exportOptionsSchema = z
  .object({
    lang: z.enum(["fr", "en"]),
    sep: z.enum(["semicolon", "comma"]),
    ids: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).max(MAX_IDS).nullable(),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** What a cell needs: labels and names in the chosen language, dates and times in ISO form in the user's zone. */
export async function exportContext(locale: "fr" | "en", timeZone: string): Promise<Omit<DisplayContext, "relations">> {
  const t = createTranslator({ locale, messages: loadMessages(locale) as never });
  const users = await userNames();
  return {
    t: displayTranslator(t),
    picklists: await picklistLabels(locale),
    users: new Map(users.map((u) => [u.id, u.name])),
    formatDate: (iso) => iso,
    // « 2025-08-30 06:00 »: what Excel reads as a date and time, and what the import takes back.
    formatDateTime: (instant) => utcToWallTime(instant, timeZone).replace("T", " "),
    timeZone,
  };
}

function cellText(field: FieldDef, raw: Record<string, unknown>, value: DisplayValue, t: DisplayContext["t"]): string {
  // Phones as typed: the page's « (867) 555-0123 » uses no-break spaces that a spreadsheet would keep.
  if (field.kind === "phone") return typeof raw[field.name] === "string" ? (raw[field.name] as string) : "";
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return t(value ? "records.yes" : "records.no");
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return value.label;
  return String(value);
}

/**
 * The CSV of a list as the user sees it (filter, search, sort, columns in their order) or of chosen rows: a
 * stream that reads one keyset batch per pull, so the server holds one batch however long the list is, and the
 * browser sees the download grow. The audit row (who, module, filter, rows) is written when the stream ends.
 */
/** Rows an export for a purpose leaves out (a funder export keeps only clients who consent to funder sharing). */
export type ExportRowFilter = { purpose: string; keep: (ids: string[]) => Promise<Set<string>> };

export function exportStream(model: RecordModel, user: CurrentUser, params: ListParams, columns: readonly string[], options: ExportOptions, ip: string | null, rowFilter?: ExportRowFilter): ReadableStream<Uint8Array> {
  const def = model.def;
  const fields = columns.map((c) => def.fields.find((f) => f.name === c)).filter((f): f is FieldDef => !!f);
  const delimiter = options.sep === "semicolon" ? ";" : ",";
  const encoder = new TextEncoder();
  const csv = (rows: string[][], bom: boolean) => encoder.encode(stringify(rows, { ...CSV_OPTIONS, delimiter, bom }));
  let cursor: string | null = null;
  let started = false;
  let done = false;
  let count = 0;
  let leftOut = 0;
  let base: Omit<DisplayContext, "relations"> | null = null;
  const audit = (complete: boolean) =>
    logEvent(db, {
      action: "export",
      user: { id: user.id, name: user.name },
      ip,
      module: def.key,
      detail: { filter: canonicalQuery(def, params), rows: count, selected: options.ids?.length ?? null, columns: fields.map((f) => f.name), lang: options.lang, sep: options.sep, complete, ...(rowFilter ? { purpose: rowFilter.purpose, leftOut } : {}) },
    });

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          base = await exportContext(options.lang, user.timeZone);
          const t = base.t;
          controller.enqueue(csv([fields.map((f) => neutraliseCell(t(`modules.${def.key}.fields.${f.name}`)))], true));
          return;
        }
        const batch = await model.batch({ ...params, cursor }, user, EXPORT_BATCH, options.ids ?? undefined, columns);
        const ctx: DisplayContext = { ...base!, relations: await batch.relations() };
        const kept = rowFilter ? await rowFilter.keep(batch.rows.map((r) => r.id)) : null;
        const rows = kept ? batch.rows.filter((r) => kept.has(r.id)) : batch.rows;
        leftOut += batch.rows.length - rows.length;
        const lines = rows.map((row) => fields.map((f) => neutraliseCell(cellText(f, row, displayValue(def, f, row, ctx), ctx.t))));
        count += lines.length;
        if (lines.length) controller.enqueue(csv(lines, false));
        cursor = batch.nextCursor;
        if (!cursor) {
          done = true;
          await audit(true);
          controller.close();
        }
      } catch (error) {
        console.error("[export]", error);
        controller.error(error);
      }
    },
    async cancel() {
      if (!done) await audit(false);
    },
  });
}
