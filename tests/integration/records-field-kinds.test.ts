/** @jest-environment node */
import { z } from "zod";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { defineModel, type Row, type Table } from "@/lib/records/model";
import { defineModule } from "@/lib/records/types";
import { f, recordKeys } from "@/lib/records/zod-fields";
import { saveRecord, deleteRecord } from "@/lib/records/service";
import { MODULES } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import type { CurrentUser } from "@/lib/auth/current-user";

// No module stores these kinds yet (no table has their columns): a module over an in-memory table runs them
// through the real save flow, reference checks and change log, on the real database for everything else.
const def = defineModule({
  key: "meetings",
  icon: "calendar",
  titleFields: ["subject"],
  fields: [
    { name: "subject", kind: "text", required: true },
    { name: "startsAt", kind: "datetime" },
    { name: "length", kind: "duration" },
    { name: "parent", kind: "parent", parent: { modules: ["clients", "contacts", "partners"] } },
    { name: "invitees", kind: "users" },
    { name: "minutes", kind: "file" },
    { name: "late", kind: "boolean", computed: true },
  ],
  listColumns: ["subject"],
  defaultSort: { field: "subject", dir: "asc" },
  sections: [{ key: "main", fields: ["subject", "startsAt", "length", "parent", "invitees", "minutes", "late"] }],
  subpanels: [],
  exportColumns: ["subject"],
  duplicateCheck: false,
  assignable: false,
});
const fields = {
  subject: f.requiredText(),
  startsAt: f.datetime(),
  length: f.duration(),
  parent: f.parent(["clients", "contacts", "partners"]),
  invitees: f.users(),
};
const schema = z.object({ ...recordKeys, ...fields }).strict();

const rows = new Map<string, Row & Record<string, unknown>>();
const idIn = (where: unknown): string | undefined => {
  if (typeof where !== "object" || where === null) return undefined;
  const w = where as Record<string, unknown>;
  if (typeof w.id === "string") return w.id;
  return (Array.isArray(w.AND) ? w.AND : []).map(idIn).find(Boolean);
};
let next = 0;
const table: Table = {
  findFirst: async ({ where }) => rows.get(idIn(where) ?? "") ?? null,
  findMany: async ({ where }) => [...rows.values()].filter((r) => !idIn(where) || r.id === idIn(where)),
  create: async ({ data }) => {
    const row = { ...(data as object), id: `m${++next}`, version: 1, deletedAt: null } as Row;
    rows.set(row.id, row);
    return row;
  },
  updateMany: async ({ where, data }) => {
    const row = rows.get(idIn(where) ?? "");
    if (!row) return { count: 0 };
    rows.set(row.id, { ...row, ...(data as object) });
    return { count: 1 };
  },
};
const meetings = defineModel({ def, schema, fieldSchemas: fields, table: () => table, sortColumns: {}, derive: () => ({ columns: {}, tokens: [] }) });

const getDb = setupTestDatabase();
let me: CurrentUser;
let clientId: string;
beforeAll(async () => {
  await ensureDefaultPicklists();
  me = { ...asCurrentUser(await makeUser(getDb(), { name: "Aputi Inventée" })), timeZone: "America/Winnipeg" };
  clientId = (await saveRecord(MODULES.clients, MODULES.clients.schema.parse({ lastName: "Côté", firstName: "Marie", fileStatus: "open", clientStatus: "newcomer" }), me)).id;
}, 30_000);

const save = (input: Record<string, unknown>, user = me) => saveRecord(meetings, meetings.inputSchema.parse(input) as never, user);

describe("the new kinds through the save flow", () => {
  it("stores a date-time typed in the page's format as UTC from the user's zone, and a duration in minutes", async () => {
    const { id } = await save({ subject: "Suivi", startsAt: "30/08/2025 06:00", length: "90" });
    expect(rows.get(id)).toMatchObject({ startsAt: new Date("2025-08-30T11:00:00Z"), length: 90 });
    const other = await save({ subject: "Appel", startsAt: "2025-03-09T02:30" }, { ...me, timeZone: "America/Toronto" });
    expect(rows.get(other.id)?.startsAt).toEqual(new Date("2025-03-09T07:30:00Z"));
  });

  it("stores « Lié à » in its module's column, empties the others, and logs the change by name key", async () => {
    const { id, version } = await save({ subject: "Rencontre", parent: JSON.stringify({ module: "clients", id: clientId }) });
    expect(rows.get(id)).toMatchObject({ clientId, contactId: null, partnerId: null });
    expect(meetings.auditValues(rows.get(id)!)).toMatchObject({ parent: `clients:${clientId}` });
    await save({ id, version: String(version), subject: "Rencontre", parent: "" });
    expect(rows.get(id)).toMatchObject({ clientId: null, contactId: null, partnerId: null });
    const log = await getDb().auditLog.findMany({ where: { module: "meetings", recordId: id, field: "parent" } });
    expect(log).toEqual([expect.objectContaining({ before: `clients:${clientId}`, after: null })]);
  });

  it("refuses a « Lié à » record that does not exist or is in the recycle bin, but keeps one the record already had", async () => {
    await expect(save({ subject: "X", parent: JSON.stringify({ module: "partners", id: "nope" }) })).rejects.toMatchObject({
      key: "errors.invalid",
      extra: { fieldErrors: { parent: { key: "records.badReference" } } },
    });
    const gone = (await saveRecord(MODULES.clients, MODULES.clients.schema.parse({ lastName: "Fictif", fileStatus: "open", clientStatus: "newcomer" }), me)).id;
    const kept = await save({ subject: "Avant", parent: JSON.stringify({ module: "clients", id: gone }) });
    await deleteRecord(MODULES.clients, gone, me);
    await expect(save({ subject: "Après", parent: JSON.stringify({ module: "clients", id: gone }) })).rejects.toMatchObject({ key: "errors.invalid" });
    await expect(save({ id: kept.id, version: String(kept.version), subject: "Avant, modifié", parent: JSON.stringify({ module: "clients", id: gone }) })).resolves.toMatchObject({ version: 2 });
  });

  it("stores invited users as a JSON list: new ones must be active, ones already invited may stay", async () => {
    const colleague = await makeUser(getDb(), { name: "Jean Fictif" });
    const leaving = await makeUser(getDb(), { name: "Luc Imaginaire" });
    const { id, version } = await save({ subject: "Équipe", invitees: [colleague.id, leaving.id] });
    expect(JSON.parse(String(rows.get(id)?.invitees))).toEqual([colleague.id, leaving.id]);
    await getDb().user.update({ where: { id: leaving.id }, data: { active: false } });
    await expect(save({ id, version: String(version), subject: "Équipe", invitees: [leaving.id] })).resolves.toMatchObject({ version: 2 });
    await expect(save({ subject: "Nouvelle", invitees: [leaving.id] })).rejects.toMatchObject({
      extra: { fieldErrors: { invitees: { key: "records.badReference" } } },
    });
  });

  it("never clears a file on a full-form save; only an upload writes it", async () => {
    const { id, version } = await save({ subject: "Document" });
    rows.set(id, { ...rows.get(id)!, minutes: "file1", minutesName: "compte-rendu.pdf" });
    await save({ id, version: String(version), subject: "Document renommé" });
    expect(rows.get(id)).toMatchObject({ subject: "Document renommé", minutes: "file1" });
    expect(meetings.columns({ minutes: null }, { timeZone: "UTC" })).toEqual({});
    expect(meetings.columns({ minutes: "file2" }, { timeZone: "UTC", files: true })).toEqual({ minutes: "file2" });
    expect(() => meetings.inputSchema.parse({ subject: "X", minutes: "file3" })).toThrow();
  });
});
