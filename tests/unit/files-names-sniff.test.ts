/** @jest-environment node */
import { cleanFileName, contentDisposition, MAX_NAME_LENGTH } from "@/lib/files/names";
import { sniffFile } from "@/lib/files/sniff";
import { DOCX, ELF, EXE, HTML, JPEG, ODT, PDF, PNG, SVG, TEXT } from "@/tests/fixtures/files/samples";

describe("file names", () => {
  it("keeps accents and syllabics, drops path separators and control characters", () => {
    expect(cleanFileName("C:\\Users\\agent\\CV Émilie Côté.pdf")).toBe("CV Émilie Côté.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("ᐃᓄᒃᑎᑐᑦ\u0000\u001b[31m.pdf")).toBe("ᐃᓄᒃᑎᑐᑦ[31m.pdf");
    // A right-to-left override would show "cv‮fdp.exe" as "cvexe.pdf".
    expect(cleanFileName("cv\u202efdp.exe")).toBe("cvfdp.exe");
    expect(cleanFileName("...hidden")).toBe("hidden");
    expect(cleanFileName("  \u0007 ")).toBe("fichier");
  });

  it("shortens a 300-character name on whole characters and keeps its extension", () => {
    const long = `${"ᐊ".repeat(150)}${"é".repeat(150)}.docx`;
    const short = cleanFileName(long);
    expect(Array.from(short)).toHaveLength(MAX_NAME_LENGTH);
    expect(short.endsWith("….docx")).toBe(true);
    expect(short.startsWith("ᐊᐊᐊ")).toBe(true);
  });

  it("writes an RFC 6266 attachment header with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("CV Émilie (2026).pdf")).toBe(`attachment; filename="CV Emilie (2026).pdf"; filename*=UTF-8''CV%20%C3%89milie%20%282026%29.pdf`);
    expect(contentDisposition("ᐃᓄᒃᑎᑐᑦ.pdf")).toBe(`attachment; filename="fichier.pdf"; filename*=UTF-8''${encodeURIComponent("ᐃᓄᒃᑎᑐᑦ")}.pdf`);
    expect(contentDisposition('a"b\r\nSet-Cookie: x.txt')).toBe(`attachment; filename="a_bSet-Cookie: x.txt"; filename*=UTF-8''a%22bSet-Cookie%3A%20x.txt`);
    expect(contentDisposition("dossier\\..\\cv.pdf")).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
  });
});

describe("type sniffing", () => {
  it.each([
    ["cv.pdf", PDF, "application/pdf"],
    ["photo.PNG", PNG, "image/png"],
    ["photo.jpeg", JPEG, "image/jpeg"],
    ["notes.txt", TEXT, "text/plain; charset=utf-8"],
    ["lettre.odt", ODT, "application/vnd.oasis.opendocument.text"],
    ["lettre.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ])("accepts %s by its content", async (name, bytes, mime) => {
    await expect(sniffFile(bytes, name)).resolves.toEqual({ ok: true, mime, ext: name.split(".").pop()!.toLowerCase() });
  });

  it.each([
    ["dessin.svg", SVG, "files.refusedMarkup"],
    ["page.html", HTML, "files.refusedMarkup"],
    ["cv.pdf (HTML renamed)", HTML, "files.refusedMarkup"],
    ["notes.txt (HTML renamed)", HTML, "files.refusedMarkup"],
    ["image.png (SVG renamed)", SVG, "files.refusedMarkup"],
    ["setup.exe", EXE, "files.refusedProgram"],
    ["cv.pdf (program renamed)", EXE, "files.refusedProgram"],
    ["outil", ELF, "files.refusedProgram"],
    ["cv.pdf (PNG renamed)", PNG, "files.refusedMismatch"],
    ["script.sh", new TextEncoder().encode("#!/bin/sh\nrm -rf /\n"), "files.refusedProgram"],
    ["vide.pdf", new Uint8Array(), "files.empty"],
  ])("refuses %s", async (label, bytes, error) => {
    const name = label.split(" ")[0];
    await expect(sniffFile(bytes, name)).resolves.toEqual({ ok: false, error });
  });
});
