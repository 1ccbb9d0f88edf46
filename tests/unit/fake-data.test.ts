/** @jest-environment node */
import { clientSchema } from "@/lib/modules/clients/schema";
import { partnerSchema } from "@/lib/modules/partners/schema";
import { contactSchema } from "@/lib/modules/contacts/schema";
import { DEFAULT_PICKLISTS } from "@/lib/records/picklist-defaults";
import { createRng, fakeDataset, fakePhone, fakeStaff, FAKE_EMAIL_DOMAINS } from "@/scripts/lib/fake-data";

const COUNTS = { clients: 400, partners: 40, contacts: 120 };
const USERS = ["user-a", "user-b"];
const picklist = (list: string) => new Set(DEFAULT_PICKLISTS[list].map(([value]) => value));
const atFakeDomain = (email: string) => FAKE_EMAIL_DOMAINS.some((d) => email.endsWith(`@${d}`));

describe("fake data generator", () => {
  it("gives the same records for the same seed, and others for another seed", () => {
    const a = fakeDataset(42, COUNTS, { userIds: USERS });
    const b = fakeDataset(42, COUNTS, { userIds: USERS });
    expect(b).toEqual(a);
    expect(fakeDataset(43, COUNTS, { userIds: USERS })).not.toEqual(a);
    expect(fakeStaff(createRng(7), 4)).toEqual(fakeStaff(createRng(7), 4));
  });

  it("produces values every module schema accepts", () => {
    const { clients, partners, contacts } = fakeDataset(1, COUNTS, { userIds: USERS });
    expect(clients).toHaveLength(COUNTS.clients);
    expect(partners).toHaveLength(COUNTS.partners);
    expect(contacts).toHaveLength(COUNTS.contacts);
    const problems: string[] = [];
    const check = (label: string, result: { success: boolean; error?: { issues: unknown[] } }) => {
      if (!result.success) problems.push(`${label}: ${JSON.stringify(result.error?.issues)}`);
    };
    clients.forEach((c, i) => check(`client ${i}`, clientSchema.safeParse(c)));
    partners.forEach((p, i) => check(`partner ${i}`, partnerSchema.safeParse(p)));
    contacts.forEach(({ contact }, i) => check(`contact ${i}`, contactSchema.safeParse({ ...contact, partnerId: "some-partner-id" })));
    expect(problems).toEqual([]);
  });

  it("uses only values of the default picklists", () => {
    const { clients, partners } = fakeDataset(2, COUNTS);
    const languages = picklist("languages");
    const education = picklist("educationLevels");
    const employment = picklist("employmentStatuses");
    const sectors = picklist("sectors");
    for (const c of clients) {
      for (const l of c.languagesSpoken ?? []) expect(languages).toContain(l);
      if (c.educationLevel) expect(education).toContain(c.educationLevel);
      if (c.employmentStatus) expect(employment).toContain(c.employmentStatus);
    }
    for (const p of partners) if (p.sector) expect(sectors).toContain(p.sector);
  });

  it("only invents e-mails, sites and phone numbers that cannot reach anyone", () => {
    const { clients, partners, contacts } = fakeDataset(3, COUNTS);
    const emails = [
      ...clients.flatMap((c) => [c.email, c.otherEmail]),
      ...partners.map((p) => p.email),
      ...contacts.map(({ contact }) => contact.email),
      ...fakeStaff(createRng(3), 5).map((s) => s.email),
    ].filter((e): e is string => !!e);
    expect(emails.length).toBeGreaterThan(300);
    expect(emails.filter((e) => !atFakeDomain(e))).toEqual([]);
    for (const p of partners) if (p.website) expect(new URL(p.website).hostname).toMatch(/\.(exemple|example)\.test$/);
    const phones = [...clients.flatMap((c) => [c.phone, c.mobile]), ...partners.map((p) => p.phone)].filter((p): p is string => !!p);
    for (const phone of phones) expect(phone.replace(/\D/g, "").replace(/^1/, "")).toMatch(/^867555\d{4}$/);
    const rng = createRng(9);
    for (let i = 0; i < 50; i++) expect(fakePhone(rng).replace(/\D/g, "")).toMatch(/^1?867555\d{4}$/);
  });

  it("is varied: accents, hyphens, syllabics, several origins, assigned users", () => {
    const { clients, contacts } = fakeDataset(4, COUNTS, { userIds: USERS });
    const names = clients.map((c) => `${c.firstName} ${c.lastName}`);
    expect(names.some((n) => /[À-ÿ]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes("-"))).toBe(true);
    expect(clients.some((c) => /[\u1400-\u167F]/.test(c.firstName ?? ""))).toBe(true);
    expect(new Set(clients.map((c) => c.countryOfOrigin)).size).toBeGreaterThan(15);
    expect(new Set(clients.map((c) => c.assignedUserId))).toEqual(new Set([...USERS, undefined]));
    expect(new Set(clients.map((c) => c.preferredLanguage))).toEqual(new Set(["fr", "en"]));
    expect(contacts.filter((c) => c.partnerIndex !== null).length).toBeGreaterThan(COUNTS.contacts * 0.8);
  });
});
