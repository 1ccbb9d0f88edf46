/** @jest-environment node */
import { NextRequest } from "next/server";
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { ACCEPTED_NAMES, REFUSED_NAMES } from "@/tests/fixtures/hostile-inputs";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

import { POST } from "@/app/api/registration/route";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { saveVisitRecipientIds } from "@/lib/kiosk/recipients";
import { FORM_STATE_COOKIE, decodeFormState } from "@/lib/kiosk/form-state";
import { KIOSK_LIMIT } from "@/lib/kiosk/throttle";

const getDb = setupTestDatabase();
let recipients: { fr: string; en: string };

beforeAll(async () => {
  await ensureDefaultPicklists();
  const fr = await makeUser(getDb(), { name: "Nuka Accueil" });
  const en = await makeUser(getDb(), { name: "Lee Reception" });
  await getDb().user.update({ where: { id: en.id }, data: { locale: "en" } });
  await saveVisitRecipientIds([fr.id, en.id]);
  recipients = { fr: fr.id, en: en.id };
});
beforeEach(() => getDb().loginThrottle.deleteMany({ where: { key: { startsWith: "kiosk:" } } }));

const visitor = (over: Record<string, string> = {}) => ({
  firstName: "Siméon",
  lastName: "Ataguttaaluk",
  email: "simeon.a@exemple.test",
  phone: "",
  language: "fr",
  reason: "emploi",
  comment: "",
  consent: "yes",
  idempotencyKey: crypto.randomUUID(),
  locale: "fr",
  website: "",
  ...over,
});

function post(fields: Record<string, string> | string, opts: { json?: boolean; contentType?: string } = {}) {
  const body = typeof fields === "string" ? fields : new URLSearchParams(fields).toString();
  const headers: Record<string, string> = { "content-type": opts.contentType ?? "application/x-www-form-urlencoded" };
  if (opts.json) headers.accept = "application/json";
  return POST(new NextRequest("http://localhost/api/registration", { method: "POST", headers, body }));
}

/** What a visitor (or a script watching the answers) can observe of a response. */
async function observable(res: Response) {
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}

describe("matching and recording", () => {
  it("creates a new client as the kiosk, records the visit and notifies the named staff in their language", async () => {
    const res = await post(visitor({ comment: "<script>alert(1)</script> Bonjour" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/fr/registration/thanks");
    const client = await getDb().client.findFirstOrThrow({ where: { lastName: "Ataguttaaluk" } });
    expect(client).toMatchObject({ firstName: "Siméon", email: "simeon.a@exemple.test", preferredLanguage: "fr", createdById: "kiosk", sortName: "ataguttaaluk simeon" });
    expect(await getDb().searchToken.count({ where: { recordId: client.id, token: "w:simeon" } })).toBe(1);
    expect(await getDb().auditLog.findFirst({ where: { recordId: client.id, action: "create" } })).toMatchObject({ userId: "kiosk", userName: "Borne d'accueil / Kiosk" });
    const visit = await getDb().visit.findFirstOrThrow({ where: { clientId: client.id } });
    expect(visit).toMatchObject({ reason: "emploi", comment: "<script>alert(1)</script> Bonjour", language: "fr" });
    const notes = await getDb().notification.findMany({ where: { recordId: client.id, kind: "visit" } });
    expect(notes.map((n) => [n.userId, n.excerpt]).sort()).toEqual(
      [
        [recipients.fr, "Recherche d'emploi — <script>alert(1)</script> Bonjour"],
        [recipients.en, "Job search — <script>alert(1)</script> Bonjour"],
      ].sort(),
    );
    expect(notes[0]).toMatchObject({ title: "Siméon Ataguttaaluk", module: "clients", actorId: null });
  });

  it("adds a visit to the same client for the same name (any case or accent) with the same email or phone, never changing the file", async () => {
    const before = await getDb().client.findFirstOrThrow({ where: { lastName: "Ataguttaaluk" } });
    await getDb().client.update({ where: { id: before.id }, data: { phone: "867-979-1234", phoneKey: "8679791234" } });
    expect((await post(visitor({ firstName: "SIMEON", lastName: "ataguttaaluk", phone: "(867) 555-0000", language: "en" }))).status).toBe(303);
    expect((await post(visitor({ firstName: "Simeon", email: "", phone: "+1 867 979 1234" }))).status).toBe(303);
    expect(await getDb().client.count({ where: { nameKey: before.nameKey } })).toBe(1);
    expect(await getDb().visit.count({ where: { clientId: before.id } })).toBe(3);
    expect(await getDb().client.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ version: before.version, phone: "867-979-1234", preferredLanguage: "fr", email: before.email });
    // Same name, another email and phone: another person.
    expect((await post(visitor({ email: "autre@exemple.test" }))).status).toBe(303);
    expect(await getDb().client.count({ where: { nameKey: before.nameKey } })).toBe(2);
  });

  it("adds the visit to the oldest of two files with the same name and e-mail", async () => {
    const db = getDb();
    const person = { firstName: "Aputi", lastName: "Namesake", email: "aputi.n@exemple.test" };
    expect((await post(visitor(person))).status).toBe(303);
    const first = await db.client.findFirstOrThrow({ where: { lastName: "Namesake" } });
    // A second file for the same person, typed by staff later (the kiosk never makes one for a known visitor).
    const { id: _id, createdAt: _at, ...copy } = first;
    const later = await db.client.create({ data: { ...copy, createdAt: new Date(first.createdAt.getTime() + 60_000) } });
    expect((await post(visitor(person))).status).toBe(303);
    expect(await db.visit.count({ where: { clientId: first.id } })).toBe(2);
    expect(await db.visit.count({ where: { clientId: later.id } })).toBe(0);
  });

  it("answers a known visitor exactly as a new one, with and without scripts", async () => {
    const known = visitor();
    const fresh = visitor({ firstName: "Noor", lastName: "Haddad-Inuk", email: "noor.h@exemple.test" });
    expect(await observable(await post(known))).toEqual(await observable(await post(fresh)));
    const knownJson = await post(visitor(), { json: true });
    const freshJson = await post(visitor({ firstName: "Tomás", lastName: "Qaunaq", email: "tq@exemple.test" }), { json: true });
    expect(await observable(knownJson)).toEqual(await observable(freshJson));
    expect(await observable(await post(visitor(), { json: true }))).toEqual({ status: 200, location: null, body: JSON.stringify({ ok: true }) });
  });
});

describe("abuse", () => {
  it("records one visit and one client for a double tap, even when both arrive at once", async () => {
    const tap = visitor({ firstName: "Double", lastName: "Tapeuse", email: "double@exemple.test" });
    const answers = await Promise.all([post(tap), post(tap)]);
    expect(answers.map((r) => r.status)).toEqual([303, 303]);
    expect((await post(tap)).headers.get("location")).toBe("/fr/registration/thanks");
    expect(await getDb().client.count({ where: { lastName: "Tapeuse" } })).toBe(1);
    expect(await getDb().visit.count({ where: { idempotencyKey: tap.idempotencyKey } })).toBe(1);
  });

  it("answers a filled honeypot like a success and records nothing", async () => {
    const res = await post(visitor({ lastName: "Robot", email: "bot@exemple.test", website: "http://spam.example" }));
    expect(await observable(res)).toEqual({ status: 303, location: "/fr/registration/thanks", body: "" });
    expect(await getDb().client.count({ where: { lastName: "Robot" } })).toBe(0);
  });

  it("holds off an address past the limit", async () => {
    const bad = new URLSearchParams({ firstName: "x" }).toString();
    for (let i = 0; i < KIOSK_LIMIT; i++) expect((await post(bad, { json: true })).status).toBe(422);
    const refused = await post(visitor(), { json: true });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ ok: false, formError: expect.stringContaining("Trop d'inscriptions") });
    const row = await getDb().loginThrottle.findUniqueOrThrow({ where: { key: "kiosk:unknown" } });
    expect(row.failures).toBe(KIOSK_LIMIT + 1);
  });

  it("refuses an oversized body, another content type and repeated keys", async () => {
    expect((await post(visitor({ comment: "x".repeat(9_000) }), { json: true })).status).toBe(413);
    expect((await post(JSON.stringify(visitor()), { json: true, contentType: "application/json" })).status).toBe(400);
    expect((await post(`${new URLSearchParams(visitor()).toString()}&lastName=Autre`, { json: true })).status).toBe(400);
  });

  it("keeps hostile names as plain text and refuses what breaks the rules, with translated messages", async () => {
    for (const name of ACCEPTED_NAMES) {
      const res = await post(visitor({ lastName: name, email: `h${ACCEPTED_NAMES.indexOf(name)}@exemple.test` }), { json: true });
      expect([name, res.status]).toEqual([name, 200]);
      expect(await getDb().client.count({ where: { lastName: name } })).toBe(1);
    }
    for (const { value } of REFUSED_NAMES) {
      const res = await post(visitor({ lastName: value }), { json: true });
      expect(res.status).toBe(422);
      expect((await res.json()).fieldErrors.lastName).toEqual(expect.any(String));
    }
    const fr = await (await post(visitor({ consent: "", email: "" }), { json: true })).json();
    expect(fr).toEqual({ ok: false, formError: "Certains champs sont à corriger.", fieldErrors: { consent: "Votre accord est nécessaire pour enregistrer la visite.", email: "Indiquez votre courriel ou votre numéro de téléphone." } });
    const en = await (await post(visitor({ locale: "en", reason: "inconnue" }), { json: true })).json();
    expect(en).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringMatching(/choose|valid/i) } });
    expect((await (await post(visitor({ role: "admin" }), { json: true })).json()).formError).toBe("Le formulaire n'a pas pu être lu. Veuillez réessayer.");
    expect((await post(visitor({ idempotencyKey: "pas-un-uuid" }), { json: true })).status).toBe(422);
  });

  it("sends a refused form without scripts back with the values kept in a short-lived cookie, not in the address", async () => {
    const res = await post(visitor({ firstName: "Élodie", lastName: "", email: "elodie@exemple.test" }));
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toMatch(/^\/fr\/registration\?r=[0-9a-f-]{36}$/);
    expect(location).not.toContain("elodie");
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const value = /kiosk-form=([^;]+)/.exec(cookie)![1];
    const state = decodeFormState(value, new URL(location, "http://x").searchParams.get("r"));
    expect(state).toMatchObject({ values: { firstName: "Élodie", email: "elodie@exemple.test" }, errors: { lastName: expect.any(String) } });
    expect(decodeFormState(value, "another-id")).toBeNull();
    expect(FORM_STATE_COOKIE).toBe("kiosk-form");
  });
});
