import { extensionOf } from "@/lib/files/names";

// Which files may be uploaded, decided by their content (magic bytes, read by file-type) and not by their name
// alone: PDF, Word, OpenDocument, plain text, JPEG and PNG. SVG, HTML (also renamed) and programs are refused.

export type Refusal = "files.refusedMarkup" | "files.refusedProgram" | "files.refusedType" | "files.refusedMismatch" | "files.empty";
export type Sniffed = { ok: true; mime: string; ext: string } | { ok: false; error: Refusal };

/** Sniffed type → the extensions a file of that type may carry. */
const ALLOWED: Record<string, { mime: string; exts: readonly string[] }> = {
  pdf: { mime: "application/pdf", exts: ["pdf"] },
  // Word 97–2003 documents are Compound File Binary containers.
  cfb: { mime: "application/msword", exts: ["doc"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", exts: ["docx"] },
  odt: { mime: "application/vnd.oasis.opendocument.text", exts: ["odt"] },
  ods: { mime: "application/vnd.oasis.opendocument.spreadsheet", exts: ["ods"] },
  odp: { mime: "application/vnd.oasis.opendocument.presentation", exts: ["odp"] },
  jpg: { mime: "image/jpeg", exts: ["jpg", "jpeg"] },
  png: { mime: "image/png", exts: ["png"] },
};
export const ALLOWED_EXTENSIONS = [...Object.values(ALLOWED).flatMap((a) => a.exts), "txt"];

const PROGRAMS = new Set(["exe", "elf", "mach", "macho", "dmg", "msi", "apk", "class", "wasm", "dex", "deb", "rpm", "lnk", "jar", "sh", "bat", "cmd", "com", "ps1", "vbs", "js", "mjs", "scr", "dll", "app", "appimage"]);
const MARKUP_EXTS = new Set(["svg", "svgz", "html", "htm", "xhtml", "xht", "shtml", "xml", "mht", "mhtml", "hta"]);

// Markup a browser would render (or run): looked for at the start of text, after a BOM and blanks.
const MARKUP_START = /^(?:\ufeff)?\s*(?:<\?xml|<!doctype|<!--|<html|<head|<body|<svg|<script|<iframe|<meta|<object|<embed|<a\s|<img|<div|<style)/i;

/** Text a person would type: valid UTF-8, no NUL bytes, and not markup. */
function isPlainText(bytes: Uint8Array): "text" | "markup" | "binary" {
  if (bytes.includes(0)) return "binary";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
  } catch {
    // A cut inside the last character of the sample is still text.
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, 64 * 1024 - 4));
    } catch {
      return "binary";
    }
  }
  if (MARKUP_START.test(text) || /<(?:svg|script|html|iframe)[\s>]/i.test(text)) return "markup";
  return "text";
}

/** Decides on an uploaded file from its bytes and its name. */
export async function sniffFile(bytes: Uint8Array, name: string): Promise<Sniffed> {
  if (bytes.length === 0) return { ok: false, error: "files.empty" };
  const ext = extensionOf(name);
  const { fileTypeFromBuffer } = await import("file-type/core");
  const found = await fileTypeFromBuffer(bytes);
  if (!found) {
    const kind = isPlainText(bytes);
    if (kind === "markup" || MARKUP_EXTS.has(ext)) return { ok: false, error: "files.refusedMarkup" };
    if (kind === "binary") return { ok: false, error: PROGRAMS.has(ext) ? "files.refusedProgram" : "files.refusedType" };
    if (PROGRAMS.has(ext)) return { ok: false, error: "files.refusedProgram" };
    return ext === "txt" ? { ok: true, mime: "text/plain; charset=utf-8", ext } : { ok: false, error: ext === "" ? "files.refusedType" : "files.refusedMismatch" };
  }
  if (found.ext === "svg" || found.ext === "html" || found.ext === "xml" || found.mime.includes("html") || found.mime.includes("svg")) return { ok: false, error: "files.refusedMarkup" };
  if (PROGRAMS.has(found.ext) || /executable|x-msdownload|x-elf|x-mach|x-sharedlib|java-archive|x-msi/.test(found.mime)) return { ok: false, error: "files.refusedProgram" };
  const allowed = ALLOWED[found.ext];
  if (!allowed) return { ok: false, error: MARKUP_EXTS.has(ext) ? "files.refusedMarkup" : PROGRAMS.has(ext) ? "files.refusedProgram" : "files.refusedType" };
  if (!allowed.exts.includes(ext)) return { ok: false, error: MARKUP_EXTS.has(ext) ? "files.refusedMarkup" : PROGRAMS.has(ext) ? "files.refusedProgram" : "files.refusedMismatch" };
  return { ok: true, mime: allowed.mime, ext };
}
