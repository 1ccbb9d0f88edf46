import { diffValues } from "@/lib/records/audit";
import { cappedCount } from "@/lib/records/capped-count";
import { duplicateFilter, duplicateReasons } from "@/lib/records/duplicates";

describe("diffValues", () => {
  const fields = ["firstName", "email", "cvUpToDate", "languagesSpoken", "updatedAt", "city", "phone"];

  it("lists only changed fields, as text", () => {
    const before = {
      firstName: "Marie",
      email: "",
      cvUpToDate: false,
      languagesSpoken: ["fr"],
      updatedAt: new Date("2026-01-01T00:00:00.000Z"),
      city: null,
      phone: "867",
    };
    const after = {
      firstName: "Marie",
      email: null,
      cvUpToDate: true,
      languagesSpoken: ["fr", "iu"],
      updatedAt: new Date("2026-02-01T00:00:00.000Z"),
      city: "Iqaluit",
      phone: "",
    };
    expect(diffValues(before, after, fields)).toEqual([
      { field: "cvUpToDate", before: "false", after: "true" },
      { field: "languagesSpoken", before: '["fr"]', after: '["fr","iu"]' },
      { field: "updatedAt", before: "2026-01-01T00:00:00.000Z", after: "2026-02-01T00:00:00.000Z" },
      { field: "city", before: null, after: "Iqaluit" },
      { field: "phone", before: "867", after: null },
    ]);
  });

  it("finds nothing when values are equal, and compares from nothing on create", () => {
    const row = { firstName: "Marie", updatedAt: new Date(0) };
    expect(diffValues(row, { ...row, updatedAt: new Date(0) }, ["firstName", "updatedAt"])).toEqual([]);
    expect(diffValues(null, { firstName: "Marie", city: "" }, ["firstName", "city"])).toEqual([
      { field: "firstName", before: null, after: "Marie" },
    ]);
  });
});

describe("duplicateFilter", () => {
  const cols = { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] };

  it("matches the name key, any email key or any phone key", () => {
    expect(
      duplicateFilter({ nameKey: "cote marie", emails: [" Marie@Exemple.TEST", null, "marie@exemple.test"], phones: ["+1 867 979 1234", "12"] }, cols),
    ).toEqual({
      OR: [
        { nameKey: "cote marie" },
        { emailKey: { in: ["marie@exemple.test"] } },
        { phoneKey: { in: ["8679791234"] } },
        { mobileKey: { in: ["8679791234"] } },
      ],
    });
  });

  it("is null when there is nothing to match on", () => {
    expect(duplicateFilter({ nameKey: " ", emails: [""], phones: [null, "1"] }, cols)).toBeNull();
  });

  it("explains why a row matched", () => {
    const input = { nameKey: "cote marie", emails: ["marie@exemple.test"], phones: ["867-979-1234"] };
    expect(duplicateReasons({ nameKey: "cote marie", emailKey: null, phoneKey: null, mobileKey: "8679791234" }, input, cols)).toEqual(["name", "phone"]);
    expect(duplicateReasons({ nameKey: "other", emailKey: "marie@exemple.test", phoneKey: "1", mobileKey: null }, input, cols)).toEqual(["email"]);
  });
});

describe("cappedCount", () => {
  it("asks for cap + 1 ids and says when there are more", async () => {
    const fetch = jest.fn(async (take: number) => Array.from({ length: Math.min(take, 1500) }, (_, i) => i));
    expect(await cappedCount(fetch)).toEqual({ count: 1000, capped: true });
    expect(fetch).toHaveBeenCalledWith(1001);
    expect(await cappedCount(async () => [1, 2, 3], 3)).toEqual({ count: 3, capped: false });
  });
});
