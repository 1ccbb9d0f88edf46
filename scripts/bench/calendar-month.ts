// `npx tsx scripts/bench/calendar-month.ts`: server time of the calendar's month query (lib/calendar/month.ts:
// where each activity falls, then the first of each day read whole, the scope check and the « Lié à » names) on a temporary SQLite database holding
// 2,500 activities in the measured month across 30 users, plus 25,000 in the two years around it. Prints p50 /
// p95 / max of wall clock and CPU time (the machine is shared) over 30 runs after warm-up for one person's month,
// for all 30 side by side and for the access checks alone; exits 1 when a wall-clock p95 reaches 250 ms. Environment: BENCH_KEEP=1 keeps the temporary folder.
import Module, { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { Db } from "@/lib/db-client";
import type { CurrentUser } from "@/lib/auth/current-user";

// lib/ starts with `import "server-only"`, which throws outside a server build: the marker module is stubbed.
const local = createRequire(join(process.cwd(), "package.json"));
const marker = new Module(local.resolve("server-only"));
marker.loaded = true;
local.cache[marker.id] = marker;

const LIMIT_MS = 250;
const USERS = 30;
const IN_MONTH = 2_500;
const AROUND = 25_000;
const MONTH = { first: "2026-11-01", zone: "America/Iqaluit" };
const log = (line: string) => console.log(`[bench-calendar] ${line}`);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

async function load(db: Db) {
  const users = await Promise.all(
    Array.from({ length: USERS }, (_, i) => db.user.create({ data: { email: `bench.cal${i}@exemple.test`, name: `Agent Banc ${i}`, passwordHash: "x", role: i === 0 ? "admin" : "staff" } })),
  );
  const client = await db.client.create({ data: { lastName: "Banc", firstName: "Essai", fileStatus: "open", clientStatus: "newcomer", sortName: "banc essai", nameKey: "banc essai" } as never });
  const monthStart = Date.parse("2026-11-01T05:00:00Z");
  const span = { inMonth: 29 * 86_400_000, around: 730 * 86_400_000 };
  const rows = (count: number, base: number, width: number) =>
    Array.from({ length: count }, (_, i) => {
      const at = new Date(base + Math.floor(((i * 7919) % 1000) / 1000 * width / 900_000) * 900_000);
      return { i, at, user: users[i % USERS].id, other: users[(i + 7) % USERS].id };
    });
  const write = async (list: ReturnType<typeof rows>) => {
    const calls = list.filter((r) => r.i % 5 < 2);
    const meetings = list.filter((r) => r.i % 5 === 2 || r.i % 5 === 3);
    const tasks = list.filter((r) => r.i % 5 === 4);
    for (let k = 0; k < calls.length; k += 1000)
      await db.call.createMany({ data: calls.slice(k, k + 1000).map((r) => ({ subject: `Appel ${r.i}`, startAt: r.at, activityAt: r.at, duration: 30, assignedUserId: r.user, clientId: client.id })) });
    for (let k = 0; k < meetings.length; k += 1000)
      await db.meeting.createMany({
        data: meetings.slice(k, k + 1000).map((r) => ({ subject: `Réunion ${r.i}`, startAt: r.at, endAt: new Date(r.at.getTime() + 3_600_000), activityAt: r.at, assignedUserId: r.user, invitees: JSON.stringify([r.other]), clientId: client.id })),
      });
    for (let k = 0; k < tasks.length; k += 1000)
      await db.task.createMany({ data: tasks.slice(k, k + 1000).map((r) => ({ subject: `Tâche ${r.i}`, dueAt: r.at, dueSort: r.at.toISOString(), activityAt: r.at, assignedUserId: r.user, clientId: client.id })) });
  };
  await write(rows(IN_MONTH, monthStart, span.inMonth));
  await write(rows(AROUND, monthStart - span.around / 2, span.around).filter((r) => r.at.getTime() < monthStart - 7 * 86_400_000 || r.at.getTime() > monthStart + 40 * 86_400_000));
  return users;
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(os.tmpdir(), "crm-bench-calendar-"));
  const url = `file:${join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  let db: Db | null = null;
  try {
    const { migrate } = await import("@/scripts/lib/migrations.mjs");
    const { createPrismaClient } = await import("@/lib/db-client");
    await migrate(url);
    db = createPrismaClient(url);
    (globalThis as { crmDb?: Db }).crmDb = db;
    const users = await load(db);
    const { calendarMonthItems } = await import("@/lib/calendar/month");
    const { visibleRange } = await import("@/lib/calendar/range");
    const viewer = { ...users[0], role: "admin", timeZone: MONTH.zone, ownTimeZone: null, locale: "fr", darkMode: false, compact: false, sessionId: "bench" } as unknown as CurrentUser;
    const range = visibleRange("month", MONTH.first, MONTH.zone);
    const cases = {
      "one user, month": users.slice(0, 1).map((u) => ({ ownerId: u.id, level: "details" as const })),
      "30 users, month": users.map((u) => ({ ownerId: u.id, level: "details" as const })),
    };
    const { canModule, readScopeKind } = await import("@/lib/auth/access");
    // The access answers one page asks (read and edit of the three modules, their read scope), timed alone: the
    // share of the month's time that lib/auth/access.ts's own caching can win back.
    const accessChecks = async () => {
      for (const m of ["calls", "meetings", "tasks"]) await Promise.all([canModule(viewer, m, "read"), canModule(viewer, m, "edit"), readScopeKind(viewer, m)]);
      return [];
    };
    let failed = false;
    for (const [name, owners] of [...Object.entries(cases), ["access checks alone", null] as const]) {
      const run = async () => (owners ? (await calendarMonthItems(viewer, owners, range)).items : accessChecks());
      for (let i = 0; i < 5; i += 1) await run();
      const samples: number[] = [];
      const cpu: number[] = [];
      let count = 0;
      for (let i = 0; i < 30; i += 1) {
        const [t0, c0] = [performance.now(), process.cpuUsage()];
        count = (await run()).length;
        samples.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
      const [s, c] = [stats(samples), stats(cpu)];
      // The machine is shared: CPU time (this process, all threads) says what the code costs whatever the load.
      log(`${name}: ${count} blocks, wall p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; CPU p50 ${c.p50.toFixed(1)} ms, p95 ${c.p95.toFixed(1)} ms; load ${os.loadavg()[0].toFixed(1)}`);
      if (s.p95 >= LIMIT_MS) failed = true;
    }
    return failed ? 1 : 0;
  } finally {
    await db?.$disconnect();
    if (process.env.BENCH_KEEP !== "1") rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
