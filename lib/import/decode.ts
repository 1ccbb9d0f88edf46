// Reading an exported CSV file: its encoding (UTF-8 with or without BOM, else Windows-1252, the two SuiteCRM
// and Excel write), its delimiter (`,` or `;`) and its rows, quoted line breaks included, with csv-parse.
import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";

export type Encoding = "utf-8" | "windows-1252";
export type Delimiter = "," | ";";
export type ParsedCsv = { text: string; encoding: Encoding; delimiter: Delimiter; headers: string[]; rows: string[][] };

export class CsvError extends Error {
  constructor(readonly key: "import.errors.empty" | "import.errors.unreadable" | "import.errors.noHeader") {
    super(key);
  }
}

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM, or plain ASCII, says so too), else Windows-1252: a Windows-1252
 * file with accents is never valid UTF-8 (« é » is one byte 0xE9, which UTF-8 cannot start a sequence with
 * followed by ASCII), while the reverse mistake would turn « Ã© » into text silently.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  if (bom) return { text: iconv.decode(buffer.subarray(3), "utf-8"), encoding: "utf-8" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buffer), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(buffer, "windows-1252"), encoding: "windows-1252" };
  }
}

/** The delimiter of the header line, outside quotes: `;` when it has more of them than commas (French Excel). */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Rows of the decoded text; short rows are padded and blank lines dropped, so every row has the header's width. */
export function parseRows(text: string, delimiter: Delimiter): { headers: string[]; rows: string[][] } {
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true, bom: true }) as string[][];
  } catch {
    throw new CsvError("import.errors.unreadable");
  }
  if (records.length === 0) throw new CsvError("import.errors.empty");
  const headers = records[0].map((h) => h.trim());
  if (headers.every((h) => h === "")) throw new CsvError("import.errors.noHeader");
  const rows = records.slice(1).map((r) => headers.map((_, i) => r[i] ?? ""));
  return { headers, rows };
}

export function readCsv(bytes: Uint8Array): ParsedCsv {
  if (bytes.byteLength === 0) throw new CsvError("import.errors.empty");
  const { text, encoding } = decode(bytes);
  const delimiter = detectDelimiter(text);
  return { text, encoding, delimiter, ...parseRows(text, delimiter) };
}
