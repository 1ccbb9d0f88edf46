import { queryGroups, recordTokens } from "@/lib/records/search";

describe("recordTokens", () => {
  it("writes name words, emails and phones forwards and reversed, once each", () => {
    const tokens = recordTokens({
      names: ["Marie", "Côté-Tremblay", "marie"],
      emails: [" Marie.Cote@Exemple.TEST", null, ""],
      phones: ["+1 (867) 979-1234", undefined, "12"],
    });
    expect(tokens.sort()).toEqual(
      ["w:marie", "w:cote", "w:tremblay", "e:marie.cote@exemple.test", "p:8679791234", "r:4321979768"].sort(),
    );
  });

  it("caps tokens at 100 characters", () => {
    const tokens = recordTokens({ names: ["a".repeat(300)], emails: [`${"b".repeat(300)}@x.test`] });
    expect(tokens.every((t) => t.length <= 100)).toBe(true);
    expect(tokens).toHaveLength(2);
  });

  it("gives nothing for an empty record", () => {
    expect(recordTokens({ names: [null, ""], emails: [], phones: ["-"] })).toEqual([]);
  });
});

describe("queryGroups", () => {
  it("makes one group per word, matching a name word or an email", () => {
    expect(queryGroups("  trem   Mar ")).toEqual([
      ["w:trem", "e:trem"],
      ["w:mar", "e:mar"],
    ]);
    expect(queryGroups("Côté-Tremblay")).toEqual([
      ["w:cote", "e:cote"],
      ["w:tremblay", "e:tremblay"],
    ]);
  });

  it("keeps a term with @ whole as an email prefix", () => {
    expect(queryGroups("Marie.Cote@Ex")).toEqual([["e:marie.cote@ex"]]);
  });

  it("reads digits and separators as a phone beginning or end", () => {
    expect(queryGroups("979")).toEqual([["p:979", "r:979"]]);
    expect(queryGroups("(867) 979-1234")).toEqual([["p:8679791234", "r:4321979768"]]);
    expect(queryGroups("867 979 1234")).toEqual([["p:8679791234", "r:4321979768"]]);
    expect(queryGroups("867-979-1234")).toEqual([["p:8679791234", "r:4321979768"]]);
    expect(queryGroups("+1867")).toEqual([["p:867", "r:768"]]);
    expect(queryGroups("1-867-979-1234")).toEqual([["p:8679791234", "r:4321979768"]]);
  });

  it("treats short numbers as words", () => {
    expect(queryGroups("12")).toEqual([["w:12", "e:12"]]);
  });

  it("caps terms and term length, and ignores empty input", () => {
    expect(queryGroups("")).toEqual([]);
    expect(queryGroups("   ")).toEqual([]);
    expect(queryGroups("- '")).toEqual([]);
    expect(queryGroups("a b c d e f g h")).toHaveLength(6);
    expect(queryGroups("x".repeat(500))).toEqual([[`w:${"x".repeat(64)}`, `e:${"x".repeat(64)}`]]);
  });
});

describe("queryGroups bounds the work of one search", () => {
  it("de-duplicates words and caps them after splitting: 'a.a.a…' is one lookup, not a hundred", () => {
    expect(queryGroups(Array(100).fill("a").join("."))).toEqual([["w:a", "e:a"]]);
    expect(queryGroups("a.b.c.d.e.f.g.h.i.j")).toHaveLength(6);
    expect(queryGroups(Array.from({ length: 100 }, (_, i) => `w${i}`).join("-"))).toHaveLength(6);
  });

  it("drops a word that begins another kept word ('ma mar' is 'mar')", () => {
    expect(queryGroups("ma mar")).toEqual([["w:mar", "e:mar"]]);
    expect(queryGroups("mar ma")).toEqual([["w:mar", "e:mar"]]);
  });
});
