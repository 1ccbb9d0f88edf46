/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";

const sendMail = jest.fn(async (_mail: { to: string; subject: string; text: string }) => ({}));
jest.mock("@/lib/mail/send", () => ({ sendMail: (mail: { to: string; subject: string; text: string }) => sendMail(mail) }));

import { CLAIM_STALE_MS, runDueReminders } from "@/lib/notifications/scheduler";

const getDb = setupTestDatabase();
const NOW = new Date("2026-12-01T15:00:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

async function makeClient(extra: Record<string, unknown> = {}) {
  const creator = await makeUser(getDb());
  return getDb().client.create({ data: { firstName: "Aputi", lastName: "Qaqqaq", sortName: "qaqqaq aputi", nameKey: "aputi qaqqaq", createdById: creator.id, ...extra } as never });
}

beforeEach(async () => {
  await getDb().reminder.deleteMany();
  await getDb().notification.deleteMany();
  sendMail.mockClear();
});

describe("runDueReminders", () => {
  it("sends nothing before the reminder is due (fake clock), then exactly once", async () => {
    const [user, record] = [await makeUser(getDb()), await makeClient()];
    await getDb().reminder.create({ data: { module: "clients", recordId: record.id, userId: user.id, dueAt: minutes(10) } });

    expect(await runDueReminders(NOW)).toBe(0);
    expect(await runDueReminders(minutes(9))).toBe(0);
    expect(await getDb().notification.count()).toBe(0);

    expect(await runDueReminders(minutes(10))).toBe(1);
    expect(await runDueReminders(minutes(11))).toBe(0);
    const [n] = await getDb().notification.findMany();
    expect(n).toMatchObject({ userId: user.id, kind: "reminder", module: "clients", recordId: record.id, title: "Aputi Qaqqaq", actorId: null });
    expect(await getDb().reminder.findFirstOrThrow()).toMatchObject({ sentAt: minutes(10), claimedAt: minutes(10) });
  });

  it("two schedulers running at once on the same due rows write one notification per reminder", async () => {
    const users = await Promise.all([1, 2, 3].map(() => makeUser(getDb())));
    const records = await Promise.all([1, 2, 3, 4].map(() => makeClient()));
    for (const r of records) for (const u of users) await getDb().reminder.create({ data: { module: "clients", recordId: r.id, userId: u.id, dueAt: minutes(-1) } });

    const [a, b] = await Promise.all([runDueReminders(NOW), runDueReminders(NOW)]);
    expect(a + b).toBe(12);
    expect(await getDb().notification.count()).toBe(12);
    const pairs = (await getDb().notification.findMany()).map((n) => `${n.recordId}:${n.userId}`);
    expect(new Set(pairs).size).toBe(12);
    expect(await getDb().reminder.count({ where: { sentAt: null } })).toBe(0);
  });

  it("leaves a fresh claim of another instance alone and takes over a stale one", async () => {
    const [user, record] = [await makeUser(getDb()), await makeClient()];
    await getDb().reminder.create({ data: { module: "clients", recordId: record.id, userId: user.id, dueAt: minutes(-5), claimedAt: minutes(-1) } });
    expect(await runDueReminders(NOW)).toBe(0);
    expect(await runDueReminders(new Date(minutes(-1).getTime() + CLAIM_STALE_MS + 1))).toBe(1);
    expect(await getDb().notification.count()).toBe(1);
  });

  it("skips records deleted or gone, unknown modules and deactivated users, marking them done", async () => {
    const user = await makeUser(getDb());
    const inactive = await makeUser(getDb(), { active: false });
    const deleted = await makeClient({ deletedAt: minutes(-60) });
    const live = await makeClient();
    await getDb().reminder.createMany({
      data: [
        { module: "clients", recordId: deleted.id, userId: user.id, dueAt: minutes(-1) },
        { module: "clients", recordId: "gone", userId: user.id, dueAt: minutes(-1) },
        { module: "constructor", recordId: live.id, userId: user.id, dueAt: minutes(-1) },
        { module: "clients", recordId: live.id, userId: inactive.id, dueAt: minutes(-1) },
      ],
    });
    expect(await runDueReminders(NOW)).toBe(4);
    expect(await getDb().notification.count()).toBe(0);
    expect(await getDb().reminder.count({ where: { sentAt: null } })).toBe(0);
  });

  it("mails a copy in the recipient's language to those who opted in", async () => {
    const keen = await getDb().user.update({ where: { id: (await makeUser(getDb())).id }, data: { emailReminders: true, locale: "en" } });
    const quiet = await makeUser(getDb());
    const record = await makeClient();
    await getDb().reminder.createMany({
      data: [keen, quiet].map((u) => ({ module: "clients", recordId: record.id, userId: u.id, dueAt: minutes(-1) })),
    });
    expect(await runDueReminders(NOW)).toBe(2);
    expect(sendMail).toHaveBeenCalledTimes(1);
    expect(sendMail.mock.calls[0][0]).toMatchObject({ to: keen.email, subject: "Reminder: “Aputi Qaqqaq”" });
    expect(sendMail.mock.calls[0][0].text).toContain(`/en/clients/${record.id}`);
  });
});
