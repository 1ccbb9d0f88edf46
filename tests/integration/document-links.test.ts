/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
const mockOutsiders = new Set<string>();
jest.mock("@/lib/records/scope", () => {
  const actual = jest.requireActual("@/lib/records/scope");
  return { ...actual, recordScope: (user: { id: string }, module: string) => (mockOutsiders.has(user.id) ? { deletedAt: null, id: "__nobody__" } : actual.recordScope(user, module)) };
});

import { linkDocument } from "@/lib/modules/documents/link-actions";
import { MODULES } from "@/lib/modules/registry";
import { saveRecord } from "@/lib/records/service";
import type { ListParams } from "@/lib/records/types";

const getDb = setupTestDatabase();
let staff: CurrentUser, outsider: CurrentUser;
let contactId: string, clientId: string, docId: string;
const params: ListParams = { q: "", sort: "createdAt", dir: "desc", cursor: null, before: false, mine: false };
// What the contact's « Documents » subpanel lists: its own documents and those attached to it.
const panel = async () => {
  const where = await MODULES.documents.subpanelWhere("contactId", contactId, { module: "contacts", id: contactId }, staff);
  return (await MODULES.documents.list(params, staff, [where])).rows.map((r) => r.title);
};

beforeAll(async () => {
  staff = asCurrentUser(await makeUser(getDb()));
  outsider = asCurrentUser(await makeUser(getDb()));
  mockOutsiders.add(outsider.id);
  contactId = (await saveRecord(MODULES.contacts, MODULES.contacts.schema.parse({ lastName: "Arnaquq" }) as never, staff)).id;
  clientId = (await saveRecord(MODULES.clients, MODULES.clients.schema.parse({ lastName: "Inuksuk", fileStatus: "open", clientStatus: "newcomer" }) as never, staff)).id;
  docId = (await saveRecord(MODULES.documents, MODULES.documents.schema.parse({ name: "Lettre d'offre", parent: { module: "clients", id: clientId } }) as never, staff)).id;
});

describe("« Sélectionner » a document on another record", () => {
  it("attaches it without changing its « Lié à », logs it, and removes it again", async () => {
    currentUser.mockResolvedValue(staff);
    expect(await panel()).toEqual([]);
    expect(await linkDocument("contacts", contactId, { id: docId, via: "parent", parentId: contactId })).toEqual({ ok: true, data: { id: docId } });
    expect(await panel()).toEqual(["Lettre d'offre"]);
    expect(await getDb().document.findUniqueOrThrow({ where: { id: docId } })).toMatchObject({ clientId, contactId: null });
    expect(await getDb().auditLog.findFirst({ where: { module: "documents", recordId: docId, field: "links" } })).toMatchObject({ after: "Arnaquq" });
    expect(await linkDocument("contacts", contactId, { id: docId, via: "parent", parentId: null })).toMatchObject({ ok: true });
    expect(await panel()).toEqual([]);
  });

  it("refuses without a session, out of scope, or for another record than the page's, writing nothing", async () => {
    currentUser.mockResolvedValue(null);
    expect(await linkDocument("contacts", contactId, { id: docId, via: "parent", parentId: contactId })).toEqual({ ok: false, error: "errors.unauthenticated" });
    currentUser.mockResolvedValue(outsider);
    expect(await linkDocument("contacts", contactId, { id: docId, via: "parent", parentId: contactId })).toMatchObject({ ok: false, error: "errors.notFound" });
    currentUser.mockResolvedValue(staff);
    expect(await linkDocument("contacts", contactId, { id: docId, via: "parent", parentId: clientId })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await linkDocument("constructor", contactId, { id: docId, via: "parent", parentId: contactId })).toMatchObject({ ok: false, error: "errors.invalid" });
    expect(await getDb().documentLink.count()).toBe(0);
  });
});
