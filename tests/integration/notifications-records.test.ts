/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => currentUser() }));
const sendMail = jest.fn(async (_mail: { to: string; subject: string; text: string }) => ({}));
jest.mock("@/lib/mail/send", () => ({ sendMail: (mail: { to: string; subject: string; text: string }) => sendMail(mail) }));
// Outside a request there is no response to wait for: e-mails go straight away.
jest.mock("next/server", () => ({ after: () => { throw new Error("outside a request"); } }));

import { saveRecord, saveRecordField } from "@/lib/records/actions";
import { ensureDefaultPicklists } from "@/lib/records/picklists";

const getDb = setupTestDatabase();
const client = (extra: Record<string, unknown> = {}) => ({ lastName: "Qaqqaq", firstName: "Aputi", fileStatus: "open", clientStatus: "newcomer", confirmDuplicates: "1", ...extra });
const flush = () => new Promise((resolve) => setTimeout(resolve, 50));

let alice: CurrentUser, bruno: CurrentUser, chloe: CurrentUser;
beforeAll(async () => {
  await ensureDefaultPicklists();
  alice = asCurrentUser(await makeUser(getDb(), { name: "Alice Kilabuk" }));
  bruno = asCurrentUser(await makeUser(getDb(), { name: "Bruno Côté-Lévesque" }));
  chloe = asCurrentUser(await makeUser(getDb(), { name: "Chloé Tremblay" }));
});
beforeEach(async () => {
  await getDb().notification.deleteMany();
  sendMail.mockClear();
});

async function save(user: CurrentUser, module: string, values: Record<string, unknown>) {
  currentUser.mockResolvedValue(user);
  const result = await saveRecord(module, values);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}
const rows = () => getDb().notification.findMany({ orderBy: [{ kind: "asc" }, { userId: "asc" }] });

describe("assignment notifications through the real save flow", () => {
  it("notifies the new assignee on create and on change, never the actor, and not on an unchanged save", async () => {
    const { id, version } = await save(alice, "clients", client({ assignedUserId: bruno.id }));
    expect(await rows()).toEqual([expect.objectContaining({ userId: bruno.id, kind: "assigned", module: "clients", recordId: id, actorId: alice.id, actorName: "Alice Kilabuk", title: "Aputi Qaqqaq", readAt: null })]);

    const again = await save(alice, "clients", client({ id, version, assignedUserId: bruno.id, city: "Iqaluit" }));
    expect(await getDb().notification.count()).toBe(1);

    await save(alice, "clients", client({ id, version: again.version, assignedUserId: alice.id }));
    expect(await getDb().notification.count()).toBe(1);

    currentUser.mockResolvedValue(alice);
    const field = await saveRecordField("clients", { id, version: again.version + 1, field: "assignedUserId", value: chloe.id });
    expect(field.ok).toBe(true);
    expect((await rows()).map((r) => r.userId)).toEqual([bruno.id, chloe.id].sort());
  });

  it("works for every assignable module (partners, contacts)", async () => {
    await save(alice, "partners", { name: "Entreprise Nanuq", assignedUserId: chloe.id });
    await save(alice, "contacts", { lastName: "Akavak", firstName: "Sila", assignedUserId: chloe.id, confirmDuplicates: "1" });
    const written = (await rows()).map((r) => [r.module, r.userId]).sort();
    expect(written).toEqual([
      ["contacts", chloe.id],
      ["partners", chloe.id],
    ]);
  });

  it("writes nothing when the save is refused", async () => {
    currentUser.mockResolvedValue(alice);
    const refused = await saveRecord("clients", client({ lastName: "", assignedUserId: bruno.id }));
    expect(refused.ok).toBe(false);
    expect(await getDb().notification.count()).toBe(0);
  });
});

describe("mention notifications through the real save flow", () => {
  it("notifies users newly mentioned in a description, with the sentence as excerpt, once", async () => {
    const text = "Dossier ouvert. Voir avec @bruno cote-levesque pour l'emploi! Merci.";
    const { id, version } = await save(alice, "clients", client({ description: text }));
    expect(await rows()).toEqual([expect.objectContaining({ userId: bruno.id, kind: "mention", recordId: id, excerpt: "Voir avec @bruno cote-levesque pour l'emploi!" })]);

    // Editing around the same mention and adding another: only the new colleague is told.
    await save(alice, "clients", client({ id, version, description: `${text} Et @Chloé Tremblay aussi. <b>@alice kilabuk</b> écrit à chloe@exemple.ca` }));
    const all = await rows();
    expect(all.map((r) => r.userId)).toEqual([bruno.id, chloe.id].sort());
    expect(all.find((r) => r.userId === chloe.id)?.excerpt).toBe("Et @Chloé Tremblay aussi.");
  });

  it("notifies someone both assigned and mentioned once per kind, and ignores inactive users", async () => {
    const gone = await makeUser(getDb(), { name: "Dora Inactive", active: false });
    await save(alice, "partners", { name: "Coop Ukkusiksaq", assignedUserId: bruno.id, description: `@Bruno Côté-Lévesque et @Dora Inactive (${gone.id})` });
    expect((await rows()).map((r) => [r.kind, r.userId])).toEqual([
      ["assigned", bruno.id],
      ["mention", bruno.id],
    ]);
  });
});

describe("e-mail copies", () => {
  it("mails assignments after commit, in the recipient's language, only to those who opted in", async () => {
    await getDb().user.update({ where: { id: chloe.id }, data: { emailAssignments: true, locale: "en" } });
    await save(alice, "clients", client({ assignedUserId: chloe.id }));
    await save(alice, "clients", client({ assignedUserId: bruno.id, firstName: "Ataata" }));
    await flush();
    expect(sendMail).toHaveBeenCalledTimes(1);
    const mail = sendMail.mock.calls[0][0];
    expect(mail.to).toBe(chloe.email);
    expect(mail.subject).toBe("You were assigned “Aputi Qaqqaq”");
    expect(mail.text).toMatch(/Alice Kilabuk assigned you “Aputi Qaqqaq”/);
    expect(mail.text).toMatch(/http:\/\/localhost:\d+\/en\/clients\/c[a-z0-9]+/);
    await getDb().user.update({ where: { id: chloe.id }, data: { emailAssignments: false, locale: "fr" } });
  });
});

describe("invitees (a `users` field)", () => {
  it("notifies colleagues newly invited, not those already invited nor the actor", async () => {
    const { notifyRecordChange } = await import("@/lib/notifications/record-notifications");
    const { defineModule } = await import("@/lib/records/types");
    const def = defineModule({
      key: "meetings",
      icon: "calendar",
      titleFields: ["subject"],
      fields: [
        { name: "subject", kind: "text", required: true },
        { name: "invitees", kind: "users" },
      ],
      listColumns: ["subject"],
      defaultSort: { field: "subject", dir: "asc" },
      sections: [{ key: "main", fields: ["subject", "invitees"] }],
      subpanels: [],
      exportColumns: ["subject"],
      duplicateCheck: false,
      assignable: false,
    });
    const model = { key: "meetings", def } as never;
    const before = { id: "m1", version: 1, subject: "Accueil", invitees: JSON.stringify([bruno.id]) };
    const after = { ...before, version: 2, invitees: JSON.stringify([bruno.id, chloe.id, alice.id]) };
    const mails = await notifyRecordChange(getDb(), model, { id: "m1", before, after, user: alice });
    expect((await rows()).map((r) => [r.kind, r.userId, r.title])).toEqual([["assigned", chloe.id, "Accueil"]]);
    expect(mails).toEqual([expect.objectContaining({ userId: chloe.id, kind: "assigned", module: "meetings", recordId: "m1" })]);
  });
});
