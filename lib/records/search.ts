// Quick search through the SearchToken table: each record's normalised tokens are written beside it, and a
// query becomes prefix ranges on the token index on SQLite and PostgreSQL alike, never LIKE '%…%' over a
// whole table.
import type { Prisma } from "@/generated/prisma/client";
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
 * Terms are capped so that a pasted paragraph cannot become a huge query.
 */
export function queryGroups(q: string): string[][] {
  // A query made only of digits and separators is one phone number however it is spaced ("867 979 1234").
  const whole = q.trim();
  const terms = (PHONE_RE.test(whole) ? [whole.replace(/\s+/g, "")] : whole.split(/\s+/))
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS)
    .map((t) => t.slice(0, MAX_TERM));
  const groups: string[][] = [];
  for (const term of terms) {
    if (term.includes("@")) {
      groups.push([`e:${term.toLowerCase()}`]);
      continue;
    }
    let digits = term.replace(/\D/g, "");
    if (PHONE_RE.test(term) && digits.length >= 3) {
      // Stored phones have the country code 1 dropped (phoneKey): drop it from the query the same way.
      const withCode = term.startsWith("+1") || (digits.length === 11 && digits.startsWith("1"));
      if (withCode && digits.length > 3) digits = digits.slice(1);
      groups.push([`p:${digits}`, `r:${reverse(digits)}`]);
      continue;
    }
    // A word may begin a name word or an email ("marie" finds marie.cote@…).
    for (const w of words(term)) groups.push([`w:${w}`, `e:${w}`]);
  }
  return groups;
}

type TokenRelationFilter = { searchTokens: { some: Prisma.SearchTokenWhereInput } };
export type TokenLink = "clientId" | "partnerId" | "contactId";
/** A where fragment for Client, Partner or Contact (AND them into the list query). */
export type SearchWhere = TokenRelationFilter | { id: { in: string[] } };

// A half-open range instead of startsWith: SQLite's LIKE is case-insensitive and cannot use the index.
const ranges = (alts: readonly string[]): Prisma.SearchTokenWhereInput[] =>
  alts.map((a) => ({ token: { gte: a, lt: `${a}\uffff` } }));

/**
 * Per-row relation filters, one per group. Prisma renders them as correlated EXISTS subqueries, checked for
 * each candidate record. `module` is deliberately left out of the subquery: with it, SQLite picks the
 * [module, token] index and re-scans the whole prefix range for every record (minutes on 20 000 clients);
 * without it, it probes the record's own few tokens through the foreign-key index. The relation already
 * confines the tokens to this module's records. Prefer searchFilter, which uses the token index first.
 */
export function tokenFilter(_module: string, groups: readonly (readonly string[])[]): TokenRelationFilter[] {
  return groups.map((alts) => ({ searchTokens: { some: { OR: ranges(alts) } } }));
}

const intersect = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));

/** Above this many matching tokens a group is not selective: checked per row instead of listed by id. */
export const SELECTIVE_TOKENS = 2000;

/**
 * Where fragments for a quick search, starting from the token index: each group is first looked up as range
 * scans on [module, token]; selective groups become one `id IN (…)` (at most SELECTIVE_TOKENS ids), and only
 * groups matching very many records fall back to tokenFilter's per-row check, which then stops early because
 * matches are plentiful. Returns [] for an empty query.
 */
export async function searchFilter(
  db: Db | Prisma.TransactionClient,
  input: { module: string; fk: TokenLink; groups: readonly (readonly string[])[] },
): Promise<SearchWhere[]> {
  const { module, fk, groups } = input;
  // One query per prefix, in token order: each reads at most SELECTIVE_TOKENS + 1 index entries and stops
  // (an OR of ranges made the engine collect and sort every match first).
  const found = await Promise.all(
    groups.map(async (alts) =>
      (
        await Promise.all(
          ranges(alts).map((range) =>
            db.searchToken.findMany({
              where: { module, ...range },
              orderBy: { token: "asc" },
              select: { clientId: true, partnerId: true, contactId: true },
              take: SELECTIVE_TOKENS + 1,
            }),
          ),
        )
      ).flat(),
    ),
  );
  let ids: Set<string> | null = null;
  const perRow: (readonly string[])[] = [];
  for (const [i, rows] of found.entries()) {
    if (rows.length > SELECTIVE_TOKENS) {
      perRow.push(groups[i]);
      continue;
    }
    const these = new Set(rows.map((r) => r[fk]).filter((id): id is string => id !== null));
    ids = ids === null ? these : intersect(ids, these);
  }
  const byId: SearchWhere[] = ids === null ? [] : [{ id: { in: [...ids] } }];
  return [...byId, ...tokenFilter(module, perRow)];
}

/** Rewrites a record's tokens. Call inside the transaction that writes the record, so both change together. */
export async function replaceTokens(
  db: Db | Prisma.TransactionClient,
  input: { module: string; fk: TokenLink; recordId: string; tokens: readonly string[] },
): Promise<void> {
  const link = { [input.fk]: input.recordId } as { [K in TokenLink]?: string };
  await db.searchToken.deleteMany({ where: link });
  if (input.tokens.length === 0) return;
  await db.searchToken.createMany({
    data: input.tokens.map((token) => ({ module: input.module, token, ...link })),
  });
}
