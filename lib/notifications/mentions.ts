// `@Prénom Nom` mentions in plain text. Pure functions (no database): the save flow hands the active users in.
// Matching is accent- and case-blind (« @elise cote » names Élise Côté), takes the longest name that fits, and
// needs a word boundary on both sides, so an e-mail address (« marie@exemple.ca ») or « @Marie-Claude » does
// not name a colleague called Marie.

export type MentionUser = { id: string; name: string };
export type Mention = { userId: string; start: number; end: number };

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\u00a0\u202f]/u;
// A name that goes on with one of these and a letter is another word (domain, hyphenated name).
const JOINERS = new Set([".", "-", "_", "@"]);

/** The text folded one code point at a time, with each folded character's offset in the original. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = SPACE.test(ch) ? " " : ch === "’" ? "'" : ch.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    for (const c of f) {
      folded += c;
      at.push(offset);
    }
    offset += ch.length;
  }
  at.push(text.length);
  return { folded, at };
}

const foldName = (name: string) => fold(name.trim().replace(/\s+/g, " ")).folded;
const firstWord = (folded: string) => folded.split(" ")[0];

type Index = { byFirst: Map<string, { id: string; name: string }[]>; firstOnly: Map<string, string> };

/** Users by the first word of their folded name; a first name alone names someone only when no one shares it. */
function indexUsers(users: readonly MentionUser[]): Index {
  const byFirst = new Map<string, { id: string; name: string }[]>();
  const owners = new Map<string, Set<string>>();
  for (const user of users) {
    const name = foldName(user.name);
    if (!name) continue;
    const first = firstWord(name);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { id: user.id, name }]);
    owners.set(first, (owners.get(first) ?? new Set()).add(user.id));
  }
  const firstOnly = new Map([...owners].filter(([, ids]) => ids.size === 1).map(([first, ids]) => [first, [...ids][0]]));
  return { byFirst, firstOnly };
}

function endsWord(folded: string, end: number): boolean {
  const next = folded[end];
  if (next === undefined) return true;
  if (WORD.test(next)) return false;
  return !(JOINERS.has(next) && WORD.test(folded[end + 1] ?? ""));
}

/** Every mention in `text`, in order; each `@` names at most one user (the longest full name that fits). */
export function findMentions(text: string, users: readonly MentionUser[]): Mention[] {
  if (!text.includes("@") || users.length === 0) return [];
  const { folded, at } = fold(text);
  const { byFirst, firstOnly } = indexUsers(users);
  const found: Mention[] = [];
  for (let i = folded.indexOf("@"); i !== -1; i = folded.indexOf("@", i + 1)) {
    const before = folded[i - 1];
    if (before !== undefined && (WORD.test(before) || before === "@" || JOINERS.has(before))) continue;
    const start = i + 1;
    let word = start;
    while (word < folded.length && !SPACE.test(folded[word]) && (WORD.test(folded[word]) || ((folded[word] === "-" || folded[word] === "'") && WORD.test(folded[word + 1] ?? "")))) word++;
    const first = folded.slice(start, word);
    if (!first) continue;
    let best: { id: string; length: number } | null = null;
    for (const candidate of byFirst.get(first) ?? []) {
      const length = candidate.name.length;
      if ((!best || length > best.length) && folded.startsWith(candidate.name, start) && endsWord(folded, start + length)) best = { id: candidate.id, length };
    }
    const alone = firstOnly.get(first);
    if (!best && alone && endsWord(folded, word)) best = { id: alone, length: word - start };
    if (best) found.push({ userId: best.id, start: at[i], end: at[start + best.length] });
  }
  return found;
}

const SENTENCE_END = /[.!?…]\s|\n/g;
const EXCERPT_MAX = 200;

/** The sentence around a mention, trimmed to about 200 characters centred on it; plain text. */
export function sentenceAround(text: string, mention: { start: number; end: number }): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const boundary = m.index + m[0].length;
    if (boundary <= mention.start) from = boundary;
    else if (m.index >= mention.end) {
      to = m.index + (m[0][0] === "\n" ? 0 : 1);
      break;
    }
  }
  let sentence = text.slice(from, to);
  if (sentence.length > EXCERPT_MAX) {
    const start = Math.max(0, Math.min(mention.start - from - EXCERPT_MAX / 2, sentence.length - EXCERPT_MAX));
    sentence = `${start > 0 ? "…" : ""}${sentence.slice(start, start + EXCERPT_MAX)}${start + EXCERPT_MAX < sentence.length ? "…" : ""}`;
  }
  return sentence.replace(/\s+/g, " ").trim() || text.slice(mention.start, mention.end);
}

/**
 * Users a save newly mentions: named in `after` but not in `before`, each with the sentence of its first
 * mention. Editing around an old mention notifies nobody again.
 */
export function newMentions(before: string | null | undefined, after: string | null | undefined, users: readonly MentionUser[]): { userId: string; excerpt: string }[] {
  if (!after) return [];
  const already = new Set(before ? findMentions(before, users).map((m) => m.userId) : []);
  const out = new Map<string, string>();
  for (const mention of findMentions(after, users)) {
    if (!already.has(mention.userId) && !out.has(mention.userId)) out.set(mention.userId, sentenceAround(after, mention));
  }
  return [...out].map(([userId, excerpt]) => ({ userId, excerpt }));
}
