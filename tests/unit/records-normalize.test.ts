import { emailKey, nameKey, normalize, phoneKey, sortKey, words } from "@/lib/records/normalize";

describe("normalize", () => {
  it("strips accents, lowers case and trims", () => {
    expect(normalize("  Côté-TREMBLAY ")).toBe("cote-tremblay");
    expect(normalize("Éloïse Ångström")).toBe("eloise angstrom");
    expect(normalize("İstanbul")).toBe("istanbul");
  });

  it("folds ligatures and letters NFD keeps whole", () => {
    expect(normalize("Œuvre Cœur")).toBe("oeuvre coeur");
    expect(normalize("Æsop")).toBe("aesop");
    expect(normalize("Straße")).toBe("strasse");
    expect(normalize("Søren Łukasz")).toBe("soren lukasz");
  });

  it("keeps Inuktitut syllabics", () => {
    expect(normalize("ᐃᓄᒃᑎᑐᑦ")).toBe("ᐃᓄᒃᑎᑐᑦ");
  });
});

describe("words", () => {
  it("splits on hyphens, apostrophes, dots and spaces", () => {
    expect(words("Côté-Tremblay")).toEqual(["cote", "tremblay"]);
    expect(words("D'Amours O’Neil")).toEqual(["d", "amours", "o", "neil"]);
    expect(words("  J.-P.   Saint-Pierre ")).toEqual(["j", "p", "saint", "pierre"]);
  });

  it("keeps syllabics and digits as word characters", () => {
    expect(words("ᐃᓄᒃᑎᑐᑦ ᑐᓴᐅᑎ")).toEqual(["ᐃᓄᒃᑎᑐᑦ", "ᑐᓴᐅᑎ"]);
    expect(words("Groupe 3000")).toEqual(["groupe", "3000"]);
  });

  it("gives nothing for empty or punctuation-only input", () => {
    expect(words("")).toEqual([]);
    expect(words(null)).toEqual([]);
    expect(words(" - ' ")).toEqual([]);
  });
});

describe("nameKey and sortKey", () => {
  it("nameKey ignores order, case, accents and hyphens", () => {
    const key = nameKey("Côté-Tremblay", "Marie");
    expect(key).toBe("cote marie tremblay");
    expect(nameKey("marie", "COTE TREMBLAY")).toBe(key);
    expect(nameKey("Tremblay Côté", null, "Marie")).toBe(key);
  });

  it("sortKey keeps the order given", () => {
    expect(sortKey("Côté-Tremblay", "Marie")).toBe("cote tremblay marie");
    expect(sortKey("Ångström", undefined, "")).toBe("angstrom");
  });
});

describe("emailKey and phoneKey", () => {
  it("emailKey trims and lowers, null when empty", () => {
    expect(emailKey("  Marie.Cote@Exemple.TEST ")).toBe("marie.cote@exemple.test");
    expect(emailKey("   ")).toBeNull();
    expect(emailKey(null)).toBeNull();
  });

  it("phoneKey keeps digits and drops the North American 1", () => {
    expect(phoneKey("+1 (867) 979-1234")).toBe("8679791234");
    expect(phoneKey("867.979.1234")).toBe("8679791234");
    expect(phoneKey("1-867-979-1234")).toBe("8679791234");
    expect(phoneKey("+33 1 23 45 67 89")).toBe("33123456789");
    expect(phoneKey("poste 1234")).toBe("1234");
  });

  it("phoneKey is null when fewer than 4 digits", () => {
    expect(phoneKey("123")).toBeNull();
    expect(phoneKey("ext.")).toBeNull();
    expect(phoneKey(undefined)).toBeNull();
  });
});
