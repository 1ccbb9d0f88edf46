import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordScope } from "@/lib/records/scope";
import { ACTIVITY_STATES, type ActivityModule } from "@/lib/activities/states";

// The « Activités » and « Historique » subpanels: the calls, meetings and tasks whose « Lié à » is one record,
// newest first, merged from their tables; « Historique » also holds the record's notes (the guide: notes appear in
// the record's history). Each table is read on its [parentColumn, deletedAt, (status,) date] index with the same
// keyset condition, one page (plus one row) each, then merged.

export type ActivityState = "open" | "done";
export type ActivityRow = { module: ActivityModule | "notes"; id: string; subject: string; status: string | null; at: Date };
export type ActivityPage = { rows: ActivityRow[]; nextCursor: string | null; prevCursor: string | null; count: number };

type Where = Record<string, unknown>;
type Args = { where: Where; orderBy: object[]; take: number; select: Record<string, true> };
type Source = { findMany: (args: Args) => Promise<unknown[]>; count: (args: { where: Where }) => Promise<number> };

// Each module's own delegate, named explicitly (no prisma[modelName]), the date it is ordered on, and the statuses
// that put it in each panel ("all": every row, for notes, which are history as soon as they are written).
type SourceDef = { module: ActivityRow["module"]; table: () => Source; date: "activityAt" | "createdAt"; states: Partial<Record<ActivityState, readonly string[] | "all">> };
const SOURCES: readonly SourceDef[] = [
  { module: "calls", table: () => db.call as unknown as Source, date: "activityAt", states: ACTIVITY_STATES.calls },
  { module: "meetings", table: () => db.meeting as unknown as Source, date: "activityAt", states: ACTIVITY_STATES.meetings },
  { module: "tasks", table: () => db.task as unknown as Source, date: "activityAt", states: ACTIVITY_STATES.tasks },
  { module: "notes", table: () => db.note as unknown as Source, date: "createdAt", states: { done: "all" } },
];
/** A partner's activities include those of its contacts; more contacts than this are not followed. */
const CONTACTS_MAX = 1000;

type Cursor = { t: string; id: string };
const encode = (row: ActivityRow) => Buffer.from(JSON.stringify({ t: row.at.toISOString(), id: row.id })).toString("base64url");
function decode(value: string | null): Cursor | null {
  if (!value || value.length > 200) return null;
  try {
    const c = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<Cursor>;
    return typeof c.t === "string" && typeof c.id === "string" && !Number.isNaN(Date.parse(c.t)) ? { t: c.t, id: c.id } : null;
  } catch {
    return null;
  }
}

/** Where a client's, contact's or partner's (and its contacts') activities are. */
async function parentWhere(parent: { module: string; id: string }, user: CurrentUser): Promise<Where | null> {
  if (parent.module === "clients") return { clientId: parent.id };
  if (parent.module === "contacts") return { contactId: parent.id };
  if (parent.module !== "partners") return null;
  const contacts = await db.contact.findMany({ where: { AND: [await recordScope(user, "contacts"), { partnerId: parent.id }] }, select: { id: true }, take: CONTACTS_MAX });
  return contacts.length ? { OR: [{ partnerId: parent.id }, { contactId: { in: contacts.map((c) => c.id) } }] } : { partnerId: parent.id };
}

const newer = (a: ActivityRow, b: ActivityRow) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export async function activityPage(opts: {
  parent: { module: string; id: string };
  state: ActivityState;
  cursor: string | null;
  before: boolean;
  user: CurrentUser;
  take: number;
}): Promise<ActivityPage> {
  const { user, take, state } = opts;
  const empty = { rows: [], nextCursor: null, prevCursor: null, count: 0 };
  const parent = await parentWhere(opts.parent, user);
  if (!parent) return empty;
  const cursor = decode(opts.cursor);
  const before = opts.before && cursor !== null;
  // Newest first; paging back reads the other way and turns the page round.
  const dir = before ? "asc" : "desc";
  const cmp = before ? "gt" : "lt";
  const perModule = await Promise.all(
    SOURCES.filter((s) => s.states[state]).map(async ({ module, table, date, states }) => {
      const statuses = states[state]!;
      const base = [await recordScope(user, module), parent, ...(statuses === "all" ? [] : [{ status: { in: [...statuses] } }])];
      const keyset = cursor ? { OR: [{ [date]: { [cmp]: new Date(cursor.t) } }, { [date]: new Date(cursor.t), id: { [cmp]: cursor.id } }] } : null;
      const select: Record<string, true> = statuses === "all" ? { id: true, subject: true, [date]: true } : { id: true, subject: true, [date]: true, status: true };
      const source = table();
      const [rows, count] = await Promise.all([
        source.findMany({ where: { AND: [...base, ...(keyset ? [keyset] : [])] }, orderBy: [{ [date]: dir }, { id: dir }], take: take + 1, select }),
        source.count({ where: { AND: base } }),
      ]);
      const typed = rows as ({ id: string; subject: string; status?: string } & Record<typeof date, Date>)[];
      return { count, rows: typed.map((r) => ({ module, id: r.id, subject: r.subject, status: r.status ?? null, at: r[date] })) };
    }),
  );
  const merged = perModule.flatMap((m) => m.rows).sort(before ? (a, b) => newer(b, a) : newer);
  const more = merged.length > take;
  const page = merged.slice(0, take);
  const rows = before ? page.reverse() : page;
  const count = perModule.reduce((n, m) => n + m.count, 0);
  if (rows.length === 0) return { ...empty, count };
  return {
    rows,
    count,
    nextCursor: (before ? true : more) ? encode(rows[rows.length - 1]) : null,
    prevCursor: (before ? more : cursor !== null) ? encode(rows[0]) : null,
  };
}
