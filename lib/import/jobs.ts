import "server-only";
// An import job as the wizard and the runner read it: its choices parsed from their JSON columns, the rows of its
// file (parsed once per process and kept for the few jobs being worked on), and the user it runs as.
import { db } from "@/lib/db";
import { asCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { getSettings } from "@/lib/settings";
import { modelOf } from "@/lib/modules/registry";
import { parseRows, type Delimiter } from "@/lib/import/decode";
import type { Mapping, ValueMap } from "@/lib/import/cells";
import { POLICIES, type ImportSpec, type Policy } from "@/lib/import/process";
import { isImportModule } from "@/lib/import/targets";

export type Counts = { created: number; updated: number; skipped: number; refused: number; kept?: number };
export type JobRow = NonNullable<Awaited<ReturnType<typeof db.importJob.findUnique>>>;

const json = <T>(text: string | null | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

export function jobView(job: JobRow) {
  const model = isImportModule(job.module) ? modelOf(job.module) : null;
  if (!model) throw new Error(`import job ${job.id}: unknown module ${job.module}`);
  const spec: ImportSpec = {
    mapping: json<Mapping>(job.mapping, []),
    valueMap: json<ValueMap>(job.valueMap, {}),
    policy: (POLICIES as readonly string[]).includes(job.policy) ? (job.policy as Policy) : "skip",
  };
  return {
    job,
    model,
    spec,
    headers: json<string[]>(job.headers, []),
    counts: json<Counts | null>(job.counts, null),
    dryCounts: json<Counts | null>(job.dryCounts, null),
  };
}

// The few files being worked on; the runner reads a 50,000-line file once instead of once per batch.
const parsed = new Map<string, string[][]>();

export function jobRows(job: Pick<JobRow, "id" | "content" | "delimiter">): string[][] {
  const cached = parsed.get(job.id);
  if (cached) return cached;
  const { rows } = parseRows(job.content, job.delimiter as Delimiter);
  parsed.set(job.id, rows);
  while (parsed.size > 3) parsed.delete(parsed.keys().next().value as string);
  return rows;
}

/** A file line's number as a spreadsheet shows it: the header is line 1. */
export const lineOf = (index: number) => index + 2;

/** The job's owner as the save flow needs them (their time zone for typed date-times), if still active. */
export async function jobUser(userId: string): Promise<CurrentUser | null> {
  const u = await db.user.findUnique({ where: { id: userId } });
  if (!u || !u.active) return null;
  const { timeZone } = await getSettings();
  // The password-change gate is the sign-in's business, not a running import's.
  return asCurrentUser({ ...u, mustChangePassword: undefined }, timeZone, "import");
}
