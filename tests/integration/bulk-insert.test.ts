/** @jest-environment node */
// lib/records/bulk-insert.ts builds its INSERT from strings: names are checked against an identifier pattern and
// every value is bound, so a hostile value is stored as text and a hostile name never reaches the database.
import { setupTestDatabase } from "@/tests/helpers/integration";
import { insertRows } from "@/lib/records/bulk-insert";
import { newRecordId } from "@/lib/records/ids";

const getDb = setupTestDatabase();

const token = (t: string) => ({ id: newRecordId(), module: "clients", token: t, recordId: "c-bulk-insert" });

test("values are bound: quotes and SQL in a value are stored as typed", async () => {
  const hostile = `w:o'brien"); DROP TABLE "SearchToken"; --`;
  await insertRows(getDb(), "SearchToken", [token("w:aputi"), token(hostile)]);
  const rows = await getDb().searchToken.findMany({ where: { recordId: "c-bulk-insert" }, orderBy: { token: "asc" } });
  expect(rows.map((r) => r.token)).toEqual(["w:aputi", hostile]);
});

test.each([
  ["a table", `SearchToken"; DROP TABLE "Client`, { id: "x" }],
  ["a column", "SearchToken", { id: newRecordId(), 'token" ) --': "w:x" }],
])("%s name outside the identifier pattern is refused before any SQL runs", async (_what, table, row) => {
  const before = await getDb().searchToken.count();
  await expect(insertRows(getDb(), table, [row])).rejects.toThrow(/not a table or column name/);
  expect(await getDb().searchToken.count()).toBe(before);
});
