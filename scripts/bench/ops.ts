// The operations measured in process on one engine: each one's floor (raw SQL, plans checked) and data layer
// (the app's functions), then the export and the concurrent saves.
import type { Db } from "@/lib/db-client";
import type { Config } from "./config";
import type { Loaded } from "./load";
import { LARGE_TABLES } from "./load";
import type { RawDb, SqlRow } from "./raw-db";
import type { Summary } from "./stats";
import { calendarMonthFloor, calendarQueries, detailQueries, listQueries, pageStart, runQueries, searchQueries, tokenCountQuery, type FloorQuery, type ListFilter } from "./floor";
import { benchUser, calendarMonth, clientDetail, clientList, listParams, listQuery } from "./data-layer";
import { appExport, floorExport, type ExportFigures } from "./export";
import { staleSaves, type EditFigures } from "./edit";
import { timed } from "./measure";

export type OpFigures = { floor?: Summary; dataLayer?: Summary; floorCpu?: Summary; dataLayerCpu?: Summary; rows?: number };
export type PlanCheck = { op: string; sql: string; plan: string; issues: { table: string; detail: string }[] };
export type EngineFigures = {
  ops: Record<string, OpFigures>;
  plans: PlanCheck[];
  export: Record<"clients" | "activities", { floor: ExportFigures; dataLayer: ExportFigures }>;
  edit: EditFigures;
};

export const FILTER: ListFilter = { fileStatus: "open", clientStatus: "jobSeeker" };

/** The calendar month measured: the current one, as [first day, first day of the next month) in UTC dates. */
export function currentMonth(now = new Date()) {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const last = new Date(to.getTime() - 86_400_000);
  return { from, to, fromDay: from.toISOString().slice(0, 10), lastDay: last.toISOString().slice(0, 10) };
}

/** The typed searches: one to five letters of a common accented surname, an e-mail start, a phone's last digits. */
export function searches(loaded: Loaded): { key: string; q: string }[] {
  const word = loaded.searchPrefix.length >= 5 ? loaded.searchPrefix : `${loaded.searchPrefix}${"e".repeat(5 - loaded.searchPrefix.length)}`;
  return [
    ...[1, 2, 3].map((n) => ({ key: `search.${n}ch`, q: loaded.searchPrefix.slice(0, n) })),
    { key: "search.broad-ma", q: "ma" },
    { key: "search.5ch", q: word.slice(0, 5) },
    { key: "search.email", q: loaded.emailPrefix },
    { key: "search.phone-end", q: loaded.phoneEnd },
  ];
}

export async function runEngine(db: Db, raw: RawDb, loaded: Loaded, config: Config, log: (line: string) => void): Promise<EngineFigures & { page200: number; page200Start: { sortName: string; id: string } | null }> {
  const user = await benchUser(db, loaded.adminId);
  const calendarUser = await benchUser(db, loaded.userIds[1]);
  const { samples, warmup } = config;
  const ops: Record<string, OpFigures> = {};
  const plans: PlanCheck[] = [];

  const total = Number((await raw.all(`SELECT count(*) AS n FROM "Client" WHERE "deletedAt" IS NULL AND "fileStatus" = ? AND "clientStatus" = ?`, [FILTER.fileStatus, FILTER.clientStatus]))[0].n);
  // Page 200 when the filter has that many pages (the full data set); the last full page on the smoke set.
  const page200 = Math.max(2, Math.min(200, Math.floor(total / 50)));
  const start200 = await pageStart(raw, FILTER, page200);

  // Whether each searched word is rare (at most 2,000 tokens): the floor writes its query in the shape that suits it.
  const rare = new Map<string, boolean>();
  for (const s of searches(loaded)) {
    const q = tokenCountQuery(s.q);
    rare.set(s.q, Number((await raw.all(q.sql, q.params))[0].n) <= 2000);
  }

  const month = currentMonth();
  // The weeks the month view shows (Monday before the 1st to Sunday after the last day), in the office's zone.
  const { visibleRange } = await import("@/lib/calendar/range");
  const visible = visibleRange("month", month.fromDay, user.timeZone);
  // The month view keeps the first activities of each day (lib/calendar/month.ts): so does its floor.
  const [{ MONTH_PER_DAY }, { daysOf }] = await Promise.all([import("@/lib/calendar/month"), import("@/lib/calendar/month-days")]);
  const starts = daysOf(visible, user.timeZone).map((d) => d.starts);
  const monthFloor = (ids: readonly string[]) => {
    const floor = calendarQueries(starts, visible.to, ids, MONTH_PER_DAY, raw.date);
    return { floor, run: () => calendarMonthFloor(raw, floor, MONTH_PER_DAY) };
  };
  const cases: { key: string; floor: FloorQuery[]; run?: () => Promise<SqlRow[][]>; app: () => Promise<number> }[] = [
    { key: "list.page1", floor: listQueries(FILTER, null), app: async () => (await clientList(await listParams(listQuery(FILTER), null), user)).rows.length },
    { key: "list.page200", floor: listQueries(FILTER, start200), app: async () => (await clientList(await listParams(listQuery(FILTER), start200), user)).rows.length },
    ...searches(loaded).map((s) => ({ key: s.key, floor: searchQueries(s.q, rare.get(s.q)!, raw.engine), app: async () => (await clientList(await listParams(`q=${encodeURIComponent(s.q)}`, null), user)).rows.length })),
    { key: "detail.client", floor: detailQueries(loaded.sampleClientId), app: async () => ((await clientDetail(loaded.sampleClientId, user)), 1) },
    { key: "detail.heavy", floor: detailQueries(loaded.heavyClientId), app: async () => {
      const d = await clientDetail(loaded.heavyClientId, user);
      return d.open.count + d.done.count;
    } },
    { key: "calendar.user", ...monthFloor([calendarUser.id]), app: () => calendarMonth(month.fromDay, calendarUser, [calendarUser.id]) },
    { key: "calendar.everyone", ...monthFloor(loaded.userIds), app: () => calendarMonth(month.fromDay, user, loaded.userIds) },
  ];
  for (const c of cases) {
    for (const q of c.floor) {
      const { plan, issues } = await raw.planIssues(q.sql, q.params, LARGE_TABLES);
      plans.push({ op: c.key, sql: q.sql, plan, issues });
    }
    const floor = await timed(() => (c.run ? c.run() : runQueries(raw, c.floor)), samples, warmup);
    const app = await timed(c.app, samples, warmup);
    ops[c.key] = { floor: floor.summary, dataLayer: app.summary, floorCpu: floor.cpu, dataLayerCpu: app.cpu, rows: floor.last[0]?.length ?? 0 };
    log(`${raw.engine} ${c.key}: p50 floor ${floor.summary.p50.toFixed(2)} ms (cpu ${floor.cpu.p50.toFixed(2)}), data layer ${app.summary.p50.toFixed(2)} ms (cpu ${app.cpu.p50.toFixed(2)}); ${floor.last[0]?.length ?? 0} / ${app.last} rows`);
  }

  const exp = {} as EngineFigures["export"];
  for (const set of ["clients", "activities"] as const) {
    const floor = await floorExport(raw, set);
    const dataLayer = await appExport(user, set);
    exp[set] = { floor, dataLayer };
    log(`${raw.engine} export ${set}: floor ${floor.rows.toLocaleString("en")} rows ${(floor.ms / 1000).toFixed(1)} s +${floor.growthMb.toFixed(0)} MB; app ${dataLayer.rows.toLocaleString("en")} rows ${(dataLayer.ms / 1000).toFixed(1)} s +${dataLayer.growthMb.toFixed(0)} MB`);
  }

  const edit = await staleSaves(db, user, loaded.sampleClientId, config.staleSaves);
  log(`${raw.engine} edit: stale ${JSON.stringify(edit.stale)}, retried ${JSON.stringify(edit.retried)}`);
  return { ops, plans, export: exp, edit, page200, page200Start: start200 };
}
