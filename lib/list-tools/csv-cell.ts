// Formula injection in exported CSV (OWASP « CSV injection »): a spreadsheet runs a cell that starts with = + - @
// (or a tab / carriage return) as a formula, and it still does when spaces or invisible control characters come
// first. Such a cell gets a leading apostrophe, which spreadsheets show as text and do not keep in the value.
//
// Decision (phone numbers): a cell made only of digits, spaces, dots, dashes and parentheses, with at most one
// leading "+", stays as typed: `+1 867 555 0100` and `-12` cannot name a function or a cell, so they are safe and
// readable, and the import takes them back unchanged. Anything else with a risky start is prefixed, even when it
// looks harmless (`-2+3` is a formula to Excel).

// Whitespace, control and format characters (zero-width, bidi marks, BOM) a spreadsheet skips before a formula.
const LEADING_INVISIBLE = /^[\s\p{Cc}\p{Cf}\p{Z}]*/u;
const RISKY_START = /^[=+\-@\t\r]/;
const PHONE_OR_NUMBER = /^\+?[\d\s().-]*\d[\d\s().-]*$/;

export function neutraliseCell(value: string): string {
  if (value === "") return value;
  if (PHONE_OR_NUMBER.test(value)) return value;
  const visible = value.replace(LEADING_INVISIBLE, "");
  const risky = RISKY_START.test(value) || (visible !== value && (visible === "" ? false : RISKY_START.test(visible)));
  return risky ? `'${value}` : value;
}

/**
 * RFC 4180: CRLF between records, and a field holding a line break is quoted. csv-stringify only quotes a field
 * containing the whole record delimiter, so a lone LF or CR ("two\nlines") is quoted through `quoted_match`.
 */
export const CSV_OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;
