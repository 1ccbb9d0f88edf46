import { findMentions, newMentions, sentenceAround } from "@/lib/notifications/mentions";

const users = [
  { id: "elise", name: "Élise Côté" },
  { id: "marie-t", name: "Marie Tremblay" },
  { id: "marie-c", name: "Marie  Côté-Lévesque" },
  { id: "jean", name: "Jean d’Arc" },
  { id: "jean-luc", name: "Jean-Luc Picard" },
  { id: "aputi", name: "Aputi" },
];
const ids = (text: string) => findMentions(text, users).map((m) => m.userId);

describe("findMentions", () => {
  it("matches full names without regard to accents or case, and gives the original offsets", () => {
    const text = "Voir avec @elise cote demain.";
    expect(findMentions(text, users)).toEqual([{ userId: "elise", start: 10, end: 21 }]);
    expect(text.slice(10, 21)).toBe("@elise cote");
    expect(ids("@ÉLISE CÔTÉ")).toEqual(["elise"]);
    // Decomposed accents (e + combining acute) fold like precomposed ones.
    expect(ids("@E\u0301lise Co\u0302te\u0301")).toEqual(["elise"]);
  });

  it("tells two users sharing a first name apart by the longest name, and names neither by the first name alone", () => {
    expect(ids("@Marie Tremblay et @Marie Côté-Lévesque")).toEqual(["marie-t", "marie-c"]);
    expect(ids("@Marie, peux-tu regarder ?")).toEqual([]);
    // A first name nobody shares is enough.
    expect(ids("Merci @Elise!")).toEqual(["elise"]);
  });

  it("handles hyphens and apostrophes in names, typed with either apostrophe", () => {
    expect(ids("cc @Jean d'Arc")).toEqual(["jean"]);
    expect(ids("cc @Jean-Luc Picard")).toEqual(["jean-luc"]);
    expect(ids("cc @Jean-Luc")).toEqual(["jean-luc"]);
    // « Jean » alone is a full first word of only Jean d'Arc: « @Jean-Luc » must not name him.
    expect(ids("@Jean-Luc")).not.toContain("jean");
  });

  it("needs word boundaries: e-mail addresses, glued words and @@ are not mentions", () => {
    expect(ids("écrire à aputi@exemple.ca ou elise.cote@exemple.ca")).toEqual([]);
    expect(ids("@Aputi.exemple.ca")).toEqual([]);
    expect(ids("@Aputiq")).toEqual([]);
    expect(ids("x@Aputi")).toEqual([]);
    expect(ids("@@Aputi @@ @ @-")).toEqual([]);
    expect(ids("@Aputi. Fin")).toEqual(["aputi"]);
    expect(ids("(@Aputi)")).toEqual(["aputi"]);
  });

  it("treats markup as text: the name inside a tag is matched, nothing is interpreted", () => {
    const text = `<b>@Aputi</b><script>alert("@Élise Côté")</script>`;
    expect(ids(text)).toEqual(["aputi", "elise"]);
    expect(sentenceAround(text, findMentions(text, users)[0])).toBe(text);
  });

  it("stays fast on 10,000 characters of @", () => {
    const hostile = ["@".repeat(10_000), "@a ".repeat(3_333), `${"@Marie ".repeat(1_428)}`];
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `u${i}`, name: `Marie Test${i}` }));
    const started = Date.now();
    for (const text of hostile) expect(findMentions(text, [...users, ...many])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("sentenceAround and newMentions", () => {
  it("takes the sentence around the mention, capped near 200 characters", () => {
    const text = "Première phrase. Rappeler le client avec @Aputi lundi! Dernière.";
    expect(sentenceAround(text, findMentions(text, users)[0])).toBe("Rappeler le client avec @Aputi lundi!");
    const long = `${"mot ".repeat(200)}@Aputi ${"fin ".repeat(200)}`;
    const excerpt = sentenceAround(long, findMentions(long, users)[0]);
    expect(excerpt.length).toBeLessThanOrEqual(202);
    expect(excerpt).toContain("@Aputi");
  });

  it("reports only users newly mentioned by a save, once each", () => {
    expect(newMentions(null, "@Aputi et @Aputi encore", users)).toEqual([{ userId: "aputi", excerpt: "@Aputi et @Aputi encore" }]);
    expect(newMentions("@Aputi", "@Aputi, texte modifié", users)).toEqual([]);
    expect(newMentions("@Aputi", "@Aputi et @Élise Côté", users).map((m) => m.userId)).toEqual(["elise"]);
    expect(newMentions("@Aputi", "", users)).toEqual([]);
  });
});
