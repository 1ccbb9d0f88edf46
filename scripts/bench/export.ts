// The CSV export at full size: 100,000 clients, then every activity (calls, meetings, tasks: the three exports a
// user would run), through the export route's own stream (lib/list-tools/export.ts) and, as its floor, the raw
// driver streaming the same tables' rows into csv-stringify. Time and RSS growth of each.
import { stringify } from "csv-stringify/sync";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { RawDb } from "./raw-db";
import { exportQuery } from "./floor";
import { memoryGrowth } from "./measure";

export type ExportFigures = { rows: number; ms: number; growthMb: number; bytes: number };

const TABLES = { clients: { table: "Client", order: `"sortName", "id"` }, calls: { table: "Call", order: `"startAt" DESC, "id" DESC` }, meetings: { table: "Meeting", order: `"startAt" DESC, "id" DESC` }, tasks: { table: "Task", order: `"dueSort", "id"` } } as const;
export type ExportSet = "clients" | "activities";
const MODULES_OF: Record<ExportSet, (keyof typeof TABLES)[]> = { clients: ["clients"], activities: ["calls", "meetings", "tasks"] };

export async function floorExport(raw: RawDb, set: ExportSet): Promise<ExportFigures> {
  const m = await memoryGrowth(async (sample) => {
    let rows = 0;
    let bytes = 0;
    for (const key of MODULES_OF[set]) {
      const { table, order } = TABLES[key];
      const q = exportQuery(table, order);
      let batch: unknown[][] = [];
      const flush = () => {
        bytes += Buffer.byteLength(stringify(batch, { delimiter: ";" }));
        batch = [];
        sample();
      };
      rows += await raw.each(q.sql, q.params, (row) => {
        batch.push(Object.values(row).map((v) => (v instanceof Date ? v.toISOString() : v)));
        if (batch.length === 500) flush();
      });
      flush();
    }
    return { rows, bytes };
  });
  return { rows: m.result.rows, bytes: m.result.bytes, ms: m.ms, growthMb: m.growthMb };
}

export async function appExport(user: CurrentUser, set: ExportSet): Promise<ExportFigures> {
  const { MODULES } = await import("@/lib/modules/registry");
  const { exportStream } = await import("@/lib/list-tools/export");
  const { listStateOf } = await import("@/lib/list-tools/query");
  const run = async (key: keyof typeof TABLES, sample: () => void, limit = Infinity) => {
    const model = MODULES[key];
    const params = { ...listStateOf(model.def, ""), locale: "fr" };
    const reader = exportStream(model, user, params, [...model.def.exportColumns, "createdAt"], { lang: "fr", sep: "semicolon", ids: null }, null).getReader();
    let bytes = 0;
    let lines = 0;
    for (let reads = 0; reads < limit; reads++) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const b of value) if (b === 10) lines += 1;
      sample();
    }
    if (limit !== Infinity) await reader.cancel();
    return { rows: Math.max(0, lines - 1), bytes };
  };
  // One short export of each module first, so that code loading and caches are not counted as growth.
  for (const key of MODULES_OF[set]) await run(key, () => {}, 2);
  const m = await memoryGrowth(async (sample) => {
    let rows = 0;
    let bytes = 0;
    for (const key of MODULES_OF[set]) {
      const r = await run(key, sample);
      rows += r.rows;
      bytes += r.bytes;
    }
    return { rows, bytes };
  });
  return { rows: m.result.rows, bytes: m.result.bytes, ms: m.ms, growthMb: m.growthMb };
}
