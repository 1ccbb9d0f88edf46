// Sizes and sample counts of a full run and of `--smoke`, and the command-line flags.

export type Sizes = {
  clients: number;
  partners: number;
  contacts: number;
  /** Staff who own activities; the calendar's « everyone » is all of them. */
  users: number;
  calls: number;
  meetings: number;
  tasks: number;
  /** Activities of the one heavy client (its detail page's subpanels). */
  heavyClientActivities: number;
  /** Meetings and calls dated within six months of today: what the calendar shows. */
  calendarItems: number;
  documents: number;
  /** Change-log rows in all (the records' own « create » rows included). */
  auditRows: number;
};

export type Config = {
  smoke: boolean;
  postgres: boolean;
  http: boolean;
  pageWeight: boolean;
  sizes: Sizes;
  samples: number;
  warmup: number;
  /** Concurrent stale saves of one record. */
  staleSaves: number;
  seed: number;
  keep: boolean;
};

const FULL: Sizes = {
  clients: 100_000,
  partners: 2_500,
  contacts: 6_250,
  users: 30,
  calls: 400_000,
  meetings: 300_000,
  tasks: 300_000,
  heavyClientActivities: 5_000,
  calendarItems: 150_000,
  documents: 200_000,
  auditRows: 2_000_000,
};

const SMOKE: Sizes = {
  clients: 5_000,
  partners: 150,
  contacts: 300,
  users: 30,
  calls: 8_000,
  meetings: 6_000,
  tasks: 6_000,
  heavyClientActivities: 1_000,
  calendarItems: 6_000,
  documents: 2_000,
  auditRows: 40_000,
};

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Config {
  const has = (flag: string) => argv.includes(flag);
  const smoke = has("--smoke");
  const base = smoke ? SMOKE : FULL;
  const clients = Number(env.BENCH_CLIENTS ?? base.clients);
  const scale = clients / base.clients;
  const scaled = (n: number) => Math.max(1, Math.round(n * scale));
  const sizes: Sizes = env.BENCH_CLIENTS
    ? {
        ...base,
        clients,
        partners: scaled(base.partners),
        contacts: scaled(base.contacts),
        calls: scaled(base.calls),
        meetings: scaled(base.meetings),
        tasks: scaled(base.tasks),
        calendarItems: scaled(base.calendarItems),
        documents: scaled(base.documents),
        auditRows: scaled(base.auditRows),
      }
    : base;
  return {
    smoke,
    postgres: has("--postgres"),
    // The smoke run in CI measures floor and data layer only (no app build of its own); `--http` adds the server.
    http: smoke ? has("--http") : !has("--no-http"),
    pageWeight: has("--page-weight") || (!smoke && !has("--no-http") && !has("--no-page-weight")),
    sizes,
    samples: Number(env.BENCH_SAMPLES ?? (smoke ? 15 : 40)),
    // A server answers all day: an operation is measured once V8 has compiled its code. A few warm-up runs left its
    // background compiler threads busy during the timed ones, and their CPU time was counted as the operation's.
    warmup: 20,
    staleSaves: 50,
    seed: 4242,
    keep: env.BENCH_KEEP === "1",
  };
}
