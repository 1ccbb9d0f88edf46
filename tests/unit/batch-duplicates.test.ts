import { duplicateFilter, duplicateFiltersAny, duplicateReasons, earlierMatches, type DuplicateInput } from "@/lib/records/duplicates";
import { newRecordId } from "@/lib/records/ids";

const cols = { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] };
const person = (nameKey: string | null, email?: string, phone?: string): DuplicateInput => ({ nameKey, emails: [email], phones: [phone] });

describe("duplicateFiltersAny (an import batch's one duplicate query)", () => {
  const inputs = [person("kilabuk amaruq", "Amaruq@Exemple.test", "867 555 0101"), person("cote zoe", undefined, "(867) 555-0102"), person(null)];

  it("gathers every input's keys in one IN list per key column", () => {
    expect(duplicateFiltersAny(inputs, cols)).toEqual([{
      OR: [
        { nameKey: { in: ["kilabuk amaruq", "cote zoe"] } },
        { emailKey: { in: ["amaruq@exemple.test"] } },
        { phoneKey: { in: ["8675550101", "8675550102"] } },
        { mobileKey: { in: ["8675550101", "8675550102"] } },
      ],
    }]);
  });

  it("splits the inputs so that no query binds more values than allowed", () => {
    const many = Array.from({ length: 300 }, (_, i) => person(`nom ${i}`, `p${i}@exemple.test`, `867 555 ${String(1000 + i)}`));
    const filters = duplicateFiltersAny(many, cols, 800);
    const bound = (f: { OR: Record<string, { in: string[] }>[] }) => f.OR.reduce((n, term) => n + Object.values(term)[0].in.length, 0);
    expect(filters.length).toBe(2);
    for (const f of filters) expect(bound(f as never)).toBeLessThanOrEqual(800);
    expect(filters.reduce((n, f) => n + bound(f as never), 0)).toBe(300 * 4);
  });

  it("matches what the inputs' own filters match: a row found by one is told apart by duplicateReasons", () => {
    const row = { nameKey: "autre", emailKey: null, phoneKey: null, mobileKey: "8675550102" };
    expect(duplicateFilter(inputs[1], cols)!.OR).toContainEqual({ mobileKey: { in: ["8675550102"] } });
    expect(duplicateReasons(row, inputs[1], cols)).toEqual(["phone"]);
    expect(duplicateReasons(row, inputs[0], cols)).toEqual([]);
  });

  it("is empty when no input has anything to match on", () => {
    expect(duplicateFiltersAny([person(null), person("  ")], cols)).toEqual([]);
  });
});

describe("earlierMatches (copies of one person inside a batch)", () => {
  it("points each copy at the first line it repeats, by name, e-mail or phone", () => {
    const inputs = [
      person("akeeagok aputi", "aputi@exemple.test"),
      person("arnaquq melodie", "melodie@exemple.test", "867-555-0199"),
      person("akeeagok aputi", "autre@exemple.test"),
      person("gagne melodie", "MELODIE@exemple.test"),
      person("kilabuk kenan", undefined, "8675550199"),
      person("ootoova zoe"),
    ];
    expect(earlierMatches(inputs, () => true)).toEqual([null, null, 0, 1, 1, null]);
  });

  it("only matches lines about to be created, and a copy is never the first of another copy", () => {
    const inputs = [person("a b", "x@exemple.test"), person("c d", "x@exemple.test"), person("e f", "y@exemple.test"), person("c d", "y@exemple.test")];
    // Line 0 matched a stored record: it is not new, so line 1 is not its copy.
    expect(earlierMatches(inputs, (i) => i !== 0)).toEqual([null, null, null, 1]);
    // Line 1 copies line 0; line 3 shares only line 1's name, and line 1 makes nothing new: line 3 copies line 2.
    expect(earlierMatches(inputs, () => true)).toEqual([null, 0, null, 2]);
  });
});

describe("newRecordId", () => {
  it("is cuid-shaped, unique, and rises with time", () => {
    const ids = Array.from({ length: 2000 }, () => newRecordId());
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const later = newRecordId();
    expect(later.slice(0, 10) >= ids[0].slice(0, 10)).toBe(true);
  });
});
