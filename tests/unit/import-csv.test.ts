/** @jest-environment node */
import iconv from "iconv-lite";
import { decode, detectDelimiter, readCsv } from "@/lib/import/decode";
import { fold, splitMulti, suggestMapping, suggestValue } from "@/lib/import/suggest";
import { booleanCell, dateCell, dateTimeCell, distinctValues, durationCell, listCell } from "@/lib/import/cells";
import { suiteCrmClients, badLines } from "@/tests/fixtures/import/suitecrm";

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("reading a CSV export", () => {
  const text = 'Prénom;Nom;Description\r\nÉloïse;Côté-Tremblay;"Arrivée en 2019.\nSuivi; « emploi »"\r\n';

  it("reads UTF-8 with and without a BOM the same way", () => {
    const plain = readCsv(utf8(text));
    const bom = readCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(plain.encoding).toBe("utf-8");
    expect(bom.encoding).toBe("utf-8");
    expect(bom.headers).toEqual(["Prénom", "Nom", "Description"]);
    expect(bom.rows).toEqual(plain.rows);
    expect(plain.rows[0]).toEqual(["Éloïse", "Côté-Tremblay", "Arrivée en 2019.\nSuivi; « emploi »"]);
  });

  it("detects Windows-1252 when the bytes are not UTF-8", () => {
    const parsed = readCsv(new Uint8Array(iconv.encode(text, "windows-1252")));
    expect(parsed.encoding).toBe("windows-1252");
    expect(parsed.rows[0][0]).toBe("Éloïse");
    expect(parsed.rows[0][2]).toContain("« emploi »");
    expect(decode(new Uint8Array(iconv.encode("Zoé", "windows-1252"))).text).toBe("Zoé");
  });

  it("detects the delimiter from the header line, outside quotes", () => {
    expect(detectDelimiter("a;b;c\n1,2;3")).toBe(";");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(readCsv(utf8("First Name,Last Name\nAputi,Qaqqaq\n")).delimiter).toBe(",");
    expect(readCsv(utf8(text)).delimiter).toBe(";");
  });

  it("keeps quoted line breaks inside one row and pads short rows", () => {
    const csv = suiteCrmClients({ rows: 6, delimiter: ";" });
    const parsed = readCsv(utf8(csv));
    expect(parsed.rows).toHaveLength(6);
    expect(parsed.rows[0][8]).toContain("\n");
    expect(readCsv(utf8("a,b,c\n1\n")).rows).toEqual([["1", "", ""]]);
  });

  it("refuses an empty file", () => {
    expect(() => readCsv(new Uint8Array())).toThrow("import.errors.empty");
    expect(() => readCsv(utf8("\n\n"))).toThrow("import.errors.empty");
  });

  it("the fixture names its bad lines", () => {
    expect(badLines({ rows: 100, badEvery: 25 })).toEqual([26, 51, 76, 101]);
  });
});

describe("suggestions", () => {
  const clientTargets = ["legacyId", "firstName", "lastName", "email", "otherEmail", "phone", "mobile", "city", "clientStatus", "description"];

  it("maps SuiteCRM's English and French headers to the module's fields", () => {
    expect(suggestMapping(["ID", "First Name", "Last Name", "Email Address", "Office Phone", "Mobile", "Primary Address City", "Status", "Unknown"], clientTargets)).toEqual([
      "legacyId", "firstName", "lastName", "email", "phone", "mobile", "city", "clientStatus", null,
    ]);
    expect(suggestMapping(["Prénom", "NOM", "Adresse courriel", "Adresse principale - Ville"], clientTargets)).toEqual(["firstName", "lastName", "email", "city"]);
  });

  it("takes each field once and reads « Nom » as a partner's name", () => {
    expect(suggestMapping(["Email", "Email Address"], clientTargets)).toEqual(["email", null]);
    expect(suggestMapping(["Nom", "Type"], ["legacyId", "name", "type"])).toEqual(["name", "type"]);
  });

  it("suggests our list value from its key or label, accents and case aside", () => {
    const options = [
      { value: "open", labels: ["Ouvert", "Open"] },
      { value: "onHold", labels: ["En attente", "On hold"] },
    ];
    expect(suggestValue("OUVERT", options)).toBe("open");
    expect(suggestValue("en attente", options)).toBe("onHold");
    expect(suggestValue("onhold", options)).toBe("onHold");
    expect(suggestValue("Fermé", options)).toBeNull();
    expect(fold("Côté-Tremblay")).toBe("cote tremblay");
  });
});

describe("cells", () => {
  it("turns SuiteCRM's values into what the form sends", () => {
    expect(booleanCell("Oui")).toBe("true");
    expect(booleanCell("0")).toBe("false");
    expect(durationCell("1:30")).toBe("90");
    expect(durationCell("2 h")).toBe("120");
    expect(durationCell("45")).toBe("45");
    expect(dateTimeCell("2024-03-15 14:30:00")).toBe("2024-03-15T14:30");
    expect(dateTimeCell("15/03/2024 9:05")).toBe("2024-03-15T09:05");
    expect(dateTimeCell("2024-03-15")).toBe("2024-03-15T00:00");
    expect(dateCell("15/03/2024")).toBe("2024-03-15");
    expect(dateCell("2024-03-15 00:00:00")).toBe("2024-03-15");
    expect(splitMulti("^fr^,^en^")).toEqual(["fr", "en"]);
    expect(splitMulti("fr; en")).toEqual(["fr", "en"]);
  });

  it("maps list values through the wizard's choices", () => {
    const enumField = { name: "fileStatus", kind: "enum" } as const;
    const multi = { name: "languagesSpoken", kind: "multienum" } as const;
    expect(listCell(enumField, "Actif", { Actif: "open" })).toBe("open");
    expect(listCell(enumField, "open", {})).toBe("open");
    expect(listCell(enumField, "Inconnu", { Inconnu: "" })).toBe("");
    expect(listCell(multi, "^Français^,^Inuktitut^", { Français: "fr", Inuktitut: "" })).toEqual(["fr"]);
  });

  it("lists the distinct values of mapped list columns, most frequent first", () => {
    const rows = [["New"], ["Converted"], ["New"], [""]];
    expect(distinctValues(rows, ["clientStatus"], [{ name: "clientStatus", kind: "enum" }])).toEqual({ clientStatus: ["New", "Converted"] });
  });
});
