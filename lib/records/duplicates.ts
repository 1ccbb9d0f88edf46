// « Doublons possibles » while creating a record: same name whatever the order/accents/case, or a shared email
// or phone. Every comparison is an equality on an indexed key column.
import { emailKey, phoneKey } from "@/lib/records/normalize";

export type DuplicateInput = {
  nameKey: string | null | undefined;
  emails: readonly (string | null | undefined)[];
  phones: readonly (string | null | undefined)[];
};
/** Key columns of the module: e.g. { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] }. */
export type DuplicateColumns = { email: readonly string[]; phone: readonly string[] };
export type DuplicateReason = "name" | "email" | "phone";

// Inputs may be raw values or keys already: both key functions are idempotent.
function keys(input: DuplicateInput) {
  const name = input.nameKey?.trim() || null;
  const emails = [...new Set(input.emails.map(emailKey).filter((k): k is string => k !== null))];
  const phones = [...new Set(input.phones.map(phoneKey).filter((k): k is string => k !== null))];
  return { name, emails, phones };
}

/**
 * A where matching any possible duplicate, or null when the input has nothing to match on. W is the caller's
 * where type (Prisma.ClientWhereInput, …); the caller adds deletedAt/scope and excludes the record itself.
 */
export function duplicateFilter<W = Record<string, unknown>>(input: DuplicateInput, cols: DuplicateColumns): { OR: W[] } | null {
  const { name, emails, phones } = keys(input);
  const or: Record<string, unknown>[] = [];
  if (name) or.push({ nameKey: name });
  if (emails.length > 0) for (const c of cols.email) or.push({ [c]: { in: emails } });
  if (phones.length > 0) for (const c of cols.phone) or.push({ [c]: { in: phones } });
  return or.length > 0 ? { OR: or as W[] } : null;
}

/**
 * Wheres matching the possible duplicates of many inputs (an import's batch): the same keys as each input's own
 * duplicateFilter, gathered into one IN list per key column, so the database answers a few index lookups instead
 * of parsing an OR of hundreds of terms. Inputs are grouped so that no where binds more than `maxValues` (Prisma
 * binds at most 999 values in one SQLite query); the caller runs each and tells each input's candidates apart
 * with duplicateReasons.
 */
export function duplicateFiltersAny<W = Record<string, unknown>>(inputs: readonly DuplicateInput[], cols: DuplicateColumns, maxValues = 800): { OR: W[] }[] {
  const out: { OR: W[] }[] = [];
  let names = new Set<string>();
  let emails = new Set<string>();
  let phones = new Set<string>();
  const flush = () => {
    const or: Record<string, unknown>[] = [];
    if (names.size > 0) or.push({ nameKey: { in: [...names] } });
    if (emails.size > 0) for (const c of cols.email) or.push({ [c]: { in: [...emails] } });
    if (phones.size > 0) for (const c of cols.phone) or.push({ [c]: { in: [...phones] } });
    if (or.length > 0) out.push({ OR: or as W[] });
    names = new Set();
    emails = new Set();
    phones = new Set();
  };
  const bound = () => names.size + emails.size * cols.email.length + phones.size * cols.phone.length;
  for (const input of inputs) {
    const k = keys(input);
    const adds = (k.name ? 1 : 0) + k.emails.length * cols.email.length + k.phones.length * cols.phone.length;
    if (bound() + adds > maxValues) flush();
    if (k.name) names.add(k.name);
    for (const e of k.emails) emails.add(e);
    for (const p of k.phones) phones.add(p);
  }
  flush();
  return out;
}

/**
 * For each input, the first EARLIER input it would be a duplicate of (same name key, or a shared e-mail or
 * phone), or null: two lines of one import batch are both new, so the database cannot tell them apart yet.
 * `candidate(i)` says which inputs may be matched (those about to be created).
 */
export function earlierMatches(inputs: readonly DuplicateInput[], candidate: (i: number) => boolean): (number | null)[] {
  const first = new Map<string, number>();
  return inputs.map((input, i) => {
    const { name, emails, phones } = keys(input);
    const own = [...(name ? [`n:${name}`] : []), ...emails.map((e) => `e:${e}`), ...phones.map((p) => `p:${p}`)];
    const found = own.map((k) => first.get(k)).find((j) => j !== undefined) ?? null;
    if (found === null && candidate(i)) for (const k of own) if (!first.has(k)) first.set(k, i);
    return found;
  });
}

/** Why a candidate row matched, for the warning shown beside it. */
export function duplicateReasons(
  candidate: object,
  input: DuplicateInput,
  cols: DuplicateColumns,
): DuplicateReason[] {
  const row = candidate as Record<string, unknown>;
  const { name, emails, phones } = keys(input);
  const has = (columns: readonly string[], values: string[]) =>
    columns.some((c) => typeof row[c] === "string" && values.includes(row[c] as string));
  const reasons: DuplicateReason[] = [];
  if (name && row.nameKey === name) reasons.push("name");
  if (has(cols.email, emails)) reasons.push("email");
  if (has(cols.phone, phones)) reasons.push("phone");
  return reasons;
}
