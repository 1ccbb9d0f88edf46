// File names as users give them (any language: accents, Inuktitut syllabics) made safe to store, list and send
// back in a Content-Disposition header (RFC 6266 with RFC 5987's filename* for the UTF-8 name).

/** Longest name kept, in characters; longer names keep their start and their extension. */
export const MAX_NAME_LENGTH = 200;
const FALLBACK = "fichier";

// C0 and C1 control characters, DEL, and the bidi controls that can make "exe.pdf" read as "fdp.exe".
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name a file is kept and downloaded under: its last path segment (a browser may send "C:\\dossier\\cv.pdf"),
 * no control characters, spaces collapsed, no leading dots (hidden files), and at most MAX_NAME_LENGTH characters
 * cut on whole characters with the extension kept.
 */
export function cleanFileName(raw: string): string {
  const last = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const name = last.replace(UNSAFE, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "").trim();
  if (name === "") return FALLBACK;
  return shorten(name, MAX_NAME_LENGTH);
}

function shorten(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 16 ? Array.from(name.slice(dot)) : [];
  const base = chars.slice(0, chars.length - ext.length);
  return `${base.slice(0, max - ext.length - 1).join("").trimEnd()}…${ext.join("")}`;
}

/** The extension in lower case, without the dot ("" when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** An ASCII stand-in for old clients: accents dropped, other characters replaced, quotes and backslashes removed. */
function asciiName(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const dot = ascii.lastIndexOf(".");
  const ext = dot > 0 ? ascii.slice(dot) : "";
  return /[A-Za-z0-9]/.test(ext ? ascii.slice(0, dot) : ascii) ? ascii : `${FALLBACK}${ext}`;
}

/** RFC 5987 value: UTF-8, percent-encoded, including the characters encodeURIComponent leaves ('()*). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="…"; filename*=UTF-8''…`: always a download, never shown inline. */
export function contentDisposition(rawName: string): string {
  const name = cleanFileName(rawName);
  return `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
