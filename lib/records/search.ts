// Quick search through the SearchToken table: each record's normalised tokens are written beside it, and a
// query becomes prefix ranges on the token index on SQLite and PostgreSQL alike, never LIKE '%…%' over a
// whole table.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { emailKey, phoneKey, words } from "@/lib/records/normalize";

const MAX_TOKEN = 100;
const MAX_TERMS = 6;
const MAX_TERM = 64;

type Maybe = string | null | undefined;

const PHONE_RE = /^[\d\s()+\-.]+$/;

const reverse = (s: string) => [...s].reverse().join("");

/** Tokens of one record: w:<word> per name word, e:<email>, p:<digits> and r:<digits reversed> per phone. */
export function recordTokens(input: { names?: readonly Maybe[]; emails?: readonly Maybe[]; phones?: readonly Maybe[] }): string[] {
  const out = new Set<string>();
  for (const name of input.names ?? []) for (const w of words(name)) out.add(`w:${w}`);
  for (const email of input.emails ?? []) {
    const e = emailKey(email);
    if (e) out.add(`e:${e}`);
  }
  for (const phone of input.phones ?? []) {
    const d = phoneKey(phone);
    if (d) {
      out.add(`p:${d}`);
      // Reversed digits turn "ends with 1234" into a prefix range too.
      out.add(`r:${reverse(d)}`);
    }
  }
  return [...new Set([...out].map((t) => t.slice(0, MAX_TOKEN)))];
}

/**
 * A query as groups of token prefixes: every group must match (AND), any prefix within a group may (OR).
 * Words are de-duplicated and capped after splitting, so that neither a pasted paragraph nor "a.a.a.a…" (one term,
 * a hundred words) can become hundreds of index lookups.
 */
export function queryGroups(q: string): string[][] {
  // A query made only of digits and separators is one phone number however it is spaced ("867 979 1234").
  const whole = q.trim().slice(0, 200);
  const terms = (PHONE_RE.test(whole) ? [whole.replace(/\s+/g, "")] : whole.split(/\s+/)).filter((t) => t.length > 0).map((t) => t.slice(0, MAX_TERM));
  const groups = new Map<string, string[]>();
  const add = (alts: string[]) => groups.set(alts.join("|"), alts);
  for (const term of terms) {
    if (term.includes("@")) {
      add([`e:${term.toLowerCase()}`]);
      continue;
    }
    let digits = term.replace(/\D/g, "");
    if (PHONE_RE.test(term) && digits.length >= 3) {
      // Stored phones have the country code 1 dropped (phoneKey): drop it from the query the same way.
      const withCode = term.startsWith("+1") || (digits.length === 11 && digits.startsWith("1"));
      if (withCode && digits.length > 3) digits = digits.slice(1);
      add([`p:${digits}`, `r:${reverse(digits)}`]);
      continue;
    }
    // A word may begin a name word or an email ("marie" finds marie.cote@…).
    for (const w of words(term)) add([`w:${w}`, `e:${w}`]);
  }
  // A word that begins another kept word adds nothing ("ma mar" is "mar"); then the first MAX_TERMS remain.
  const all = [...groups.values()];
  const kept = all.filter((g) => !all.some((o) => o !== g && o.length === g.length && o.every((p, i) => p.startsWith(g[i]) && p !== g[i])));
  return kept.slice(0, MAX_TERMS);
}

// A half-open range instead of startsWith: SQLite's LIKE is case-insensitive and cannot use the index.
const ranges = (alts: readonly string[]): Prisma.SearchTokenWhereInput[] => alts.map((a) => ({ token: { gte: a, lt: `${a}\uffff` } }));

const intersect = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));

/** Above this many matching tokens a group is not selective: checked per candidate row instead of listed by id. */
export const SELECTIVE_TOKENS = 2000;

/** A quick search after the token index has been read: ids every selective group allows, and the broad groups. */
export type SearchPlan = { ids: string[] | null; broad: string[][] };

/**
 * Reads each group as range scans on [module, token]: selective groups become one id list (at most
 * SELECTIVE_TOKENS ids each, intersected); groups matching very many records are left for matchingIds, which
 * checks candidate rows in list order and so stops as soon as a page is full.
 */
export async function searchPlan(db: Db | Prisma.TransactionClient, module: string, groups: readonly (readonly string[])[]): Promise<SearchPlan> {
  // One query per group: each prefix a range on the [module, token, recordId] index read from the index alone,
  // at most SELECTIVE_TOKENS + 1 entries per range. Raw SQL because only recordId is wanted (through the model API
  // every row came back with its id too, and mapping thousands of them cost more than reading them), and because
  // ranges OR-ed in one WHERE let SQLite walk all of the module's tokens instead of the two ranges.
  const found = await Promise.all(
    groups.map((alts) => {
      const parts = alts.map(
        (a, i) => Prisma.sql`SELECT "recordId" FROM (SELECT "recordId" FROM "SearchToken" WHERE "module" = ${module} AND "token" >= ${a} AND "token" < ${`${a}\uffff`} LIMIT ${SELECTIVE_TOKENS + 1}) AS ${Prisma.raw(`r${i}`)}`,
      );
      return db.$queryRaw<{ recordId: string }[]>(Prisma.join(parts, " UNION ALL "));
    }),
  );
  let ids: Set<string> | null = null;
  const broad: string[][] = [];
  for (const [i, rows] of found.entries()) {
    if (rows.length > SELECTIVE_TOKENS) {
      broad.push([...groups[i]]);
      continue;
    }
    const these = new Set(rows.map((r) => r.recordId));
    ids = ids === null ? these : intersect(ids, these);
  }
  return { ids: ids === null ? null : [...ids], broad };
}

/** Of these records, the ones whose own tokens match every broad group (one query on [recordId, token]). */
export async function matchingIds(db: Db | Prisma.TransactionClient, ids: readonly string[], broad: readonly (readonly string[])[]): Promise<Set<string>> {
  if (broad.length === 0 || ids.length === 0) return new Set(ids);
  const rows = await db.searchToken.findMany({
    where: { recordId: { in: [...ids] }, OR: broad.flatMap((alts) => ranges(alts)) },
    select: { recordId: true, token: true },
  });
  const tokens = new Map<string, string[]>();
  for (const r of rows) tokens.set(r.recordId, [...(tokens.get(r.recordId) ?? []), r.token]);
  return new Set(ids.filter((id) => broad.every((alts) => (tokens.get(id) ?? []).some((t) => alts.some((a) => t.startsWith(a))))));
}

/** Rewrites a record's tokens. Call inside the transaction that writes the record, so both change together. */
export async function replaceTokens(db: Db | Prisma.TransactionClient, input: { module: string; recordId: string; tokens: readonly string[] }): Promise<void> {
  await db.searchToken.deleteMany({ where: { recordId: input.recordId } });
  if (input.tokens.length === 0) return;
  await db.searchToken.createMany({ data: tokenRows(input) });
}

/** The SearchToken rows of one record (replaceTokens', or a batch's written for many records at once). */
export const tokenRows = (input: { module: string; recordId: string; tokens: readonly string[] }) => input.tokens.map((token) => ({ module: input.module, token, recordId: input.recordId }));
