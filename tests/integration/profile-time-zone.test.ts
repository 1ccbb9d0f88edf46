/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
const currentUser = jest.fn<Promise<CurrentUser | null>, []>();
jest.mock("@/lib/auth/current-user", () => ({ ...jest.requireActual("@/lib/auth/current-user"), getCurrentUser: () => currentUser() }));

import { updateProfile } from "@/lib/users/actions";
import { userForSession } from "@/lib/auth/current-user";

const getDb = setupTestDatabase();

describe("« Fuseau horaire » in « Mon profil »", () => {
  it("keeps a listed Canadian zone, and the session then carries it", async () => {
    const me = await makeUser(getDb(), { name: "Aputi Inventée" });
    currentUser.mockResolvedValue(asCurrentUser(me));
    expect(await updateProfile({ name: me.name, locale: "fr", timeZone: "America/Rankin_Inlet" })).toMatchObject({ ok: true });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ timeZone: "America/Rankin_Inlet" });

    const session = await getDb().userSession.create({ data: { userId: me.id, sessionVersion: me.sessionVersion, lastSeenAt: new Date() } });
    expect(await userForSession(session.id)).toMatchObject({ timeZone: "America/Rankin_Inlet", ownTimeZone: "America/Rankin_Inlet" });
  });

  it("goes back to the organisation's zone with the empty choice", async () => {
    const me = await makeUser(getDb(), { name: "Jean Fictif" });
    await getDb().user.update({ where: { id: me.id }, data: { timeZone: "America/Vancouver" } });
    currentUser.mockResolvedValue(asCurrentUser(me));
    const form = new FormData();
    form.set("name", me.name);
    form.set("locale", "en");
    form.set("timeZone", "");
    expect(await updateProfile(form)).toMatchObject({ ok: true });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ timeZone: null, locale: "en" });

    const session = await getDb().userSession.create({ data: { userId: me.id, sessionVersion: me.sessionVersion, lastSeenAt: new Date() } });
    expect(await userForSession(session.id)).toMatchObject({ timeZone: "America/Iqaluit", ownTimeZone: null });
  });

  it.each(["Europe/Paris", "America/Nowhere", "UTC", "america/iqaluit"])("refuses %s, which is not in the list, and changes nothing", async (zone) => {
    const me = await makeUser(getDb());
    currentUser.mockResolvedValue(asCurrentUser(me));
    expect(await updateProfile({ name: "Autre Nom", locale: "fr", timeZone: zone })).toEqual({
      ok: false,
      error: "errors.invalid",
      fieldErrors: { timeZone: { key: "validation.timeZone" } },
    });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ timeZone: null, name: me.name });
  });

  it("leaves the zone alone when a form does not send it", async () => {
    const me = await makeUser(getDb());
    await getDb().user.update({ where: { id: me.id }, data: { timeZone: "America/Halifax" } });
    currentUser.mockResolvedValue(asCurrentUser(me));
    expect(await updateProfile({ name: me.name, locale: "fr" })).toMatchObject({ ok: true });
    expect(await getDb().user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ timeZone: "America/Halifax" });
  });

  it("refuses a visitor without a session", async () => {
    currentUser.mockResolvedValue(null);
    expect(await updateProfile({ name: "X", locale: "fr", timeZone: "America/Toronto" })).toEqual({ ok: false, error: "errors.unauthenticated" });
  });
});
