import { parseCsv } from "@/tests/helpers/csv";
import { stringify } from "csv-stringify/sync";
import { ACCEPTED_NAMES } from "@/tests/fixtures/hostile-inputs";
import { CSV_OPTIONS, neutraliseCell } from "@/lib/list-tools/csv-cell";

// What a spreadsheet would run as a formula: first visible character = + - @, or a leading tab / CR.
const runsAsFormula = (cell: string) => /^[\t\r]/.test(cell) || /^[\s\p{Cc}\p{Cf}\p{Z}]*[=+\-@]/u.test(cell);

const HOSTILE = [
  ...ACCEPTED_NAMES,
  `=HYPERLINK("http://evil.example","clic")`,
  `  =1+1`,
  `\u0000=cmd|' /C calc'!A0`,
  `\u200b@SUM(A1)`,
  `\u00a0+cmd`,
  `\t=1`,
  `\r=1`,
  `\n-1+2`,
  `a "quoted" word`,
  `two\nlines`,
  `semi;colon, comma`,
  `-2+3`,
];

describe("neutraliseCell", () => {
  it.each(HOSTILE)("leaves no formula in %j", (value) => {
    const out = neutraliseCell(value);
    if (runsAsFormula(value)) expect(out).toBe(`'${value}`);
    else expect(out).toBe(value);
    expect(out.startsWith("'") || !runsAsFormula(out)).toBe(true);
  });

  it("keeps phone numbers and plain numbers readable", () => {
    for (const phone of ["+1 867 555 0100", "(867) 555-0100", "867.555.0100", "-12", "+33 1 23 45 67 89"]) expect(neutraliseCell(phone)).toBe(phone);
    expect(neutraliseCell("+1 867 555 0100 =A1")).toBe("'+1 867 555 0100 =A1");
  });

  it("round-trips every hostile value through RFC 4180 quoting (; and ,)", () => {
    for (const delimiter of [";", ","]) {
      const text = stringify([HOSTILE.map(neutraliseCell), ["after"]], { ...CSV_OPTIONS, delimiter });
      expect(parseCsv(text, delimiter)).toEqual([HOSTILE.map(neutraliseCell), ["after"]]);
    }
  });
});
