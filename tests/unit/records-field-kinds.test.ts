import { z } from "zod";
import { DURATION_MAX_MINUTES, f } from "@/lib/records/zod-fields";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { isWallTime, utcToWallTime, wallTimeToUtc } from "@/lib/records/wall-time";
import { dateFromText, dateTimeFromText, dateTimeToText, dateToText } from "@/lib/records/date-text";
import { parentColumns, isFormField } from "@/lib/records/types";

const errorOf = (schema: z.ZodType, value: unknown) => {
  const result = z.object({ v: schema }).strict().safeParse({ v: value });
  return result.success ? null : fieldErrorsOf(result.error).v?.key;
};

describe("f.datetime", () => {
  const schema = f.datetime();
  it("keeps wall time and turns empty into null", () => {
    expect(schema.parse("2025-08-30T06:00")).toBe("2025-08-30T06:00");
    expect(schema.parse(" 2025-08-30T06:00 ")).toBe("2025-08-30T06:00");
    expect(schema.parse("")).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
  });
  it.each(["2025-02-30T10:00", "2025-08-30T24:00", "2025-08-30T06:60", "2025-08-30", "30/08/2025 06:00", "2025-08-30T06:00Z", "demain"])(
    "refuses %s with validation.datetime",
    (value) => {
      expect(errorOf(schema, value)).toBe(value.length > 16 ? "validation.tooLong" : "validation.datetime");
    },
  );
});

describe("f.duration", () => {
  const schema = f.duration();
  it("reads whole minutes", () => {
    expect(schema.parse("90")).toBe(90);
    expect(schema.parse(15)).toBe(15);
    expect(schema.parse("0")).toBe(0);
    expect(schema.parse("")).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
    expect(schema.parse(String(DURATION_MAX_MINUTES))).toBe(600_000);
  });
  it.each(["-5", "1.5", "1:30", String(DURATION_MAX_MINUTES + 1), "abc"])("refuses %s", (value) => {
    expect(errorOf(schema, value)).toBe("validation.duration");
  });
});

describe("f.parent", () => {
  const schema = f.parent(["clients", "contacts", "partners"]);
  it("reads the form's JSON value or an object", () => {
    expect(schema.parse('{"module":"clients","id":"c1"}')).toEqual({ module: "clients", id: "c1" });
    expect(schema.parse({ module: "partners", id: "p1" })).toEqual({ module: "partners", id: "p1" });
    expect(schema.parse("")).toBeNull();
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
    expect(z.object({ parent: schema }).strict().parse({})).toEqual({ parent: null });
  });
  it.each([
    '{"module":"users","id":"u1"}',
    '{"module":"clients"}',
    '{"module":"clients","id":""}',
    '{"module":"clients","id":"c1","extra":1}',
    "clients:c1",
    `{"module":"clients","id":"${"x".repeat(300)}"}`,
    ["clients", "c1"],
  ])("refuses %p with validation.parent", (value) => {
    expect(errorOf(schema, value)).toBe("validation.parent");
  });
});

describe("f.users", () => {
  const schema = f.users();
  it("keeps distinct ids, [] when none was ticked", () => {
    expect(schema.parse(["u1", "u2", "u1"])).toEqual(["u1", "u2"]);
    expect(schema.parse(undefined)).toEqual([]);
  });
  it("refuses blank ids and more than 40", () => {
    expect(errorOf(schema, [""])).toBe("validation.required");
    expect(errorOf(schema, Array.from({ length: 41 }, (_, i) => `u${i}`))).toBe("validation.tooLong");
  });
});

describe("wall time in a time zone", () => {
  it("converts ordinary times both ways", () => {
    expect(wallTimeToUtc("2025-08-30T06:00", "America/Iqaluit").toISOString()).toBe("2025-08-30T10:00:00.000Z");
    expect(wallTimeToUtc("2025-01-15T06:00", "America/Iqaluit").toISOString()).toBe("2025-01-15T11:00:00.000Z");
    expect(wallTimeToUtc("2025-08-30T06:00", "America/St_Johns").toISOString()).toBe("2025-08-30T08:30:00.000Z");
    expect(wallTimeToUtc("2025-08-30T06:00", "America/Cambridge_Bay").toISOString()).toBe("2025-08-30T12:00:00.000Z");
    expect(utcToWallTime(new Date("2025-08-30T10:00:00Z"), "America/Iqaluit")).toBe("2025-08-30T06:00");
    expect(utcToWallTime(new Date("2025-08-30T08:30:00Z"), "America/St_Johns")).toBe("2025-08-30T06:00");
  });

  it("moves a time in the spring gap forward by the gap (Toronto 2025-03-09 02:30 → 03:30 EDT)", () => {
    const instant = wallTimeToUtc("2025-03-09T02:30", "America/Toronto");
    expect(instant.toISOString()).toBe("2025-03-09T07:30:00.000Z");
    expect(utcToWallTime(instant, "America/Toronto")).toBe("2025-03-09T03:30");
    // Either side of the gap stays as typed.
    expect(wallTimeToUtc("2025-03-09T01:59", "America/Toronto").toISOString()).toBe("2025-03-09T06:59:00.000Z");
    expect(wallTimeToUtc("2025-03-09T03:00", "America/Toronto").toISOString()).toBe("2025-03-09T07:00:00.000Z");
  });

  it("takes the earlier instant of an autumn overlap (Toronto 2025-11-02 01:30 → 01:30 EDT)", () => {
    expect(wallTimeToUtc("2025-11-02T01:30", "America/Toronto").toISOString()).toBe("2025-11-02T05:30:00.000Z");
    expect(wallTimeToUtc("2025-11-02T00:59", "America/Toronto").toISOString()).toBe("2025-11-02T04:59:00.000Z");
    expect(wallTimeToUtc("2025-11-02T02:00", "America/Toronto").toISOString()).toBe("2025-11-02T07:00:00.000Z");
  });

  it("follows the same rule in a half-hour zone (St. John's)", () => {
    expect(wallTimeToUtc("2025-03-09T02:30", "America/St_Johns").toISOString()).toBe("2025-03-09T06:00:00.000Z");
    expect(wallTimeToUtc("2025-11-02T01:30", "America/St_Johns").toISOString()).toBe("2025-11-02T04:00:00.000Z");
  });

  it("refuses what is not a real wall time", () => {
    expect(isWallTime("2024-02-29T12:00")).toBe(true);
    expect(isWallTime("2025-02-29T12:00")).toBe(false);
    expect(() => wallTimeToUtc("2025-02-29T12:00", "America/Toronto")).toThrow(RangeError);
  });
});

describe("dates in the page's format", () => {
  it.each([
    ["30/08/2025", "2025-08-30"],
    ["3/8/2025", "2025-08-03"],
    ["30.08.2025", "2025-08-30"],
    [" 2025-08-30 ", "2025-08-30"],
    ["2025-8-3", "2025-08-03"],
  ])("reads %s as %s", (typed, iso) => {
    expect(dateFromText(typed)).toBe(iso);
  });
  it.each(["08/30/2025 garbage", "Aug 30, 2025", "30/08/25", ""])("leaves %p for the schema to refuse", (typed) => {
    expect(dateFromText(typed)).toBe(typed);
  });
  it.each([
    ["30/08/2025 06:00", "2025-08-30T06:00"],
    ["30/08/2025 6:00", "2025-08-30T06:00"],
    ["30/08/2025 6 h 00", "2025-08-30T06:00"],
    ["2025-08-30T06:00", "2025-08-30T06:00"],
    ["2025-08-30 18:45", "2025-08-30T18:45"],
  ])("reads date-time %s as %s", (typed, wall) => {
    expect(dateTimeFromText(typed)).toBe(wall);
  });
  it("writes stored values in the page's format", () => {
    expect(dateToText("2025-08-30", "fr")).toBe("30/08/2025");
    expect(dateToText("2025-08-30", "en")).toBe("2025-08-30");
    expect(dateTimeToText("2025-08-30T06:00", "fr")).toBe("30/08/2025 06:00");
    expect(dateTimeToText("2025-08-30T06:00", "en")).toBe("2025-08-30 06:00");
  });
  it("makes a French date acceptable to the existing date builder", () => {
    expect(f.date().parse(dateFromText("30/08/2025"))).toBe("2025-08-30");
  });
});

describe("field definitions", () => {
  it("names one id column per « Lié à » module, by default the singular key + Id", () => {
    expect(parentColumns({ name: "parent", kind: "parent", parent: { modules: ["clients", "contacts", "partners"] } })).toEqual({
      clients: "clientId",
      contacts: "contactId",
      partners: "partnerId",
    });
    expect(parentColumns({ name: "about", kind: "parent", parent: { modules: ["clients"], columns: { clients: "aboutClientId" } } })).toEqual({ clients: "aboutClientId" });
  });
  it("keeps files and computed values out of forms", () => {
    expect(isFormField({ name: "cv", kind: "file" })).toBe(false);
    expect(isFormField({ name: "cvUpToDate", kind: "boolean", computed: true })).toBe(false);
    expect(isFormField({ name: "startsAt", kind: "datetime" })).toBe(true);
  });
});
