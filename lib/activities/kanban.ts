import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordScope } from "@/lib/records/scope";
import { TASK_PRIORITIES, TASK_STATUSES, type TaskStatus } from "@/lib/modules/tasks/module";
import type { SearchParams } from "@/lib/records/list-params";

/** Cards shown per column; the rest are counted and left to the list. */
export const KANBAN_COLUMN_MAX = 100;

export type KanbanFilters = { mine: boolean; assignee: string | null; priority: (typeof TASK_PRIORITIES)[number] | null };
export type KanbanCard = { id: string; version: number; subject: string; dueAt: string | null; overdue: boolean; priority: string | null; assigneeId: string | null };
export type KanbanColumn = { status: TaskStatus; count: number; cards: KanbanCard[] };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
const filterSchema = z.object({
  mine: z.literal("1").optional().catch(undefined),
  assignee: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
  priority: z.enum(TASK_PRIORITIES).optional().catch(undefined),
});

/** « Mes éléments », assignee and priority from the address; anything else is ignored. */
export function parseKanbanFilters(searchParams: SearchParams): KanbanFilters {
  const f = filterSchema.parse({ mine: one(searchParams.mine), assignee: one(searchParams.assignee), priority: one(searchParams.priority) });
  return { mine: f.mine === "1", assignee: f.assignee ?? null, priority: f.priority ?? null };
}

/** Past its due date and not done. */
export const isOverdue = (status: string, dueAt: Date | null, now: Date) => status !== "completed" && dueAt !== null && dueAt.getTime() < now.getTime();

/** One column per status in the guide's order, each ordered by due date (no due date last). */
export async function kanbanColumns(user: CurrentUser, filters: KanbanFilters, now = new Date()): Promise<KanbanColumn[]> {
  const where = [
    await recordScope(user, "tasks"),
    ...(filters.mine ? [{ assignedUserId: user.id }] : []),
    ...(filters.assignee ? [{ assignedUserId: filters.assignee }] : []),
    ...(filters.priority ? [{ priority: filters.priority }] : []),
  ];
  return Promise.all(
    TASK_STATUSES.map(async (status) => {
      const columnWhere = { AND: [...where, { status }] };
      const [rows, count] = await Promise.all([
        db.task.findMany({
          where: columnWhere,
          // deletedAt (null in every row) first: PostgreSQL then reads the (deletedAt, status, dueSort, id) index in order.
          orderBy: [{ deletedAt: "asc" }, { dueSort: "asc" }, { id: "asc" }],
          take: KANBAN_COLUMN_MAX,
          select: { id: true, version: true, subject: true, dueAt: true, priority: true, assignedUserId: true },
        }),
        db.task.count({ where: columnWhere }),
      ]);
      const cards = rows.map((r) => ({ id: r.id, version: r.version, subject: r.subject, dueAt: r.dueAt?.toISOString() ?? null, overdue: isOverdue(status, r.dueAt, now), priority: r.priority, assigneeId: r.assignedUserId }));
      return { status, count, cards };
    }),
  );
}
