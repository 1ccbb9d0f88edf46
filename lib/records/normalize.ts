// Search, sort and duplicate keys: one normalisation so that « Côté », "COTE" and "cote" meet.

// Letters NFD does not decompose (ligatures, stroked letters) but that people type without the accent anyway.
const FOLD: Record<string, string> = {
  "œ": "oe",
  "æ": "ae",
  "ß": "ss",
  "ø": "o",
  "ł": "l",
  "đ": "d",
  "ﬀ": "ff",
  "ﬁ": "fi",
  "ﬂ": "fl",
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join("")}]`, "gu");

/** NFD, combining marks stripped, lower case, ligatures folded, trimmed. */
export function normalize(s: string): string {
  // Lower case first so that marks produced by case mapping (İ → i̇) are stripped too.
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .trim();
}

/** Normalised words: anything that is not a letter or a digit separates (hyphen, apostrophe, dot). */
export function words(s: string | null | undefined): string[] {
  if (!s) return [];
  return normalize(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

type Part = string | null | undefined;

/** Order-, case-, accent- and hyphen-blind key of a name, for duplicate matching. */
export function nameKey(...parts: Part[]): string {
  return parts
    .flatMap((p) => words(p))
    .sort()
    .join(" ");
}

/** Words in the given order, for sorting: sortKey(lastName, firstName). */
export function sortKey(...parts: Part[]): string {
  return parts.flatMap((p) => words(p)).join(" ");
}

export function emailKey(s: string | null | undefined): string | null {
  const key = (s ?? "").trim().toLowerCase();
  return key === "" ? null : key;
}

/** Digits only; the North American "1" prefix dropped so +1 867 … and 867 … meet; null if too short to mean anything. */
export function phoneKey(s: string | null | undefined): string | null {
  let digits = (s ?? "").replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  return digits.length < 4 ? null : digits;
}
