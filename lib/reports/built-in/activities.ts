import "server-only";
import { db } from "@/lib/db";
import { recordScope } from "@/lib/records/scope";
import { userNames } from "@/lib/reports/built-in/users";
import type { BuiltInReport, ReportRow } from "@/lib/reports/types";

/**
 * « Activités par membre du personnel »: calls and meetings that started in the period and tasks completed in
 * it, by assigned staff member. Three grouped counts on indexed date ranges.
 */
export const activitiesByStaff: BuiltInReport = {
  key: "activities",
  modules: ["calls", "meetings", "tasks"],
  params: ["staff"],
  async run(ctx) {
    const { start, end } = ctx.params.period;
    const who = ctx.params.staff ? { assignedUserId: ctx.params.staff } : {};
    const range = { gte: start, lt: end };
    const [calls, meetings, tasks] = await Promise.all([
      db.call.groupBy({ by: ["assignedUserId"], where: { AND: [await recordScope(ctx.user, "calls"), { startAt: range }, who] }, _count: { _all: true } }),
      db.meeting.groupBy({ by: ["assignedUserId"], where: { AND: [await recordScope(ctx.user, "meetings"), { startAt: range }, who] }, _count: { _all: true } }),
      db.task.groupBy({ by: ["assignedUserId"], where: { AND: [await recordScope(ctx.user, "tasks"), { completedAt: range }, who] }, _count: { _all: true } }),
    ]);
    const names = await userNames();
    const byUser = new Map<string, ReportRow>();
    const add = (list: { assignedUserId: string | null; _count: { _all: number } }[], column: string) => {
      for (const g of list) {
        const key = g.assignedUserId ?? "";
        const row = byUser.get(key) ?? { staff: (key && names.get(key)) || ctx.t("reports.unassigned"), calls: 0, meetings: 0, tasks: 0, total: 0 };
        row[column] = g._count._all;
        row.total = Number(row.total) + g._count._all;
        byUser.set(key, row);
      }
    };
    add(calls, "calls");
    add(meetings, "meetings");
    add(tasks, "tasks");
    return {
      columns: [{ key: "staff" }, { key: "calls", numeric: true, total: true }, { key: "meetings", numeric: true, total: true }, { key: "tasks", numeric: true, total: true }, { key: "total", numeric: true, total: true }],
      rows: [...byUser.values()],
      chart: { label: "staff", value: "total" },
    };
  },
};
