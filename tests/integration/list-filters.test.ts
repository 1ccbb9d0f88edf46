/** @jest-environment node */
import { setupTestDatabase, makeUser } from "@/tests/helpers/integration";
import { asCurrentUser } from "@/tests/helpers/record-mocks";
import type { CurrentUser } from "@/lib/auth/current-user";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
jest.mock("@/lib/records/context", () => jest.requireActual("@/tests/helpers/record-mocks").fakeRecordContext());

import { MODULES } from "@/lib/modules/registry";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { saveRecord } from "@/lib/records/service";
import { filterableFields, opsFor, parseFilters, type Op } from "@/lib/records/filters";
import { listStateOf } from "@/lib/list-tools/query";
import type { FieldDef } from "@/lib/records/types";

const getDb = setupTestDatabase();
const clients = MODULES.clients;
let staff: CurrentUser, manager: CurrentUser;
const ids: Record<string, string> = {};

const client = (extra: Record<string, unknown>) => ({ fileStatus: "open", clientStatus: "newcomer", ...extra });

beforeAll(async () => {
  await ensureDefaultPicklists();
  staff = asCurrentUser(await makeUser(getDb(), { role: "staff" }));
  manager = asCurrentUser(await makeUser(getDb(), { role: "manager" }));
  const rows: Record<string, Record<string, unknown>> = {
    aputi: client({ firstName: "Aputi", lastName: "Qaqqaq", email: "aputi@exemple.test", phone: "+1 867 555 0100", city: "Iqaluit", birthDate: "1990-05-01", cvUpToDate: true, languagesSpoken: ["iu", "en"], assignedUserId: staff.id }),
    marie: client({ firstName: "Marie", lastName: "Côté", city: "Rankin Inlet", fileStatus: "closed", birthDate: "1985-01-01", languagesSpoken: ["fr"], assignedUserId: manager.id }),
    jean: client({ firstName: "Jean", lastName: "Tremblay", fileStatus: "onHold", clientStatus: "jobSeeker" }),
  };
  for (const [key, values] of Object.entries(rows)) ids[key] = (await saveRecord(clients, values, staff)).id;
});

/** Titles of the first page the address gives, as staff. */
async function titles(query: string, user = staff, model = clients) {
  const page = await model.list(listStateOf(model.def, query), user);
  return page.rows.map((r) => r.title).sort();
}

describe("each criterion kind", () => {
  it("text contains and starts with (case ignored)", async () => {
    expect(await titles("f.city=contains&f.city.v=QALU")).toEqual(["Aputi Qaqqaq"]);
    expect(await titles("f.lastName=starts&f.lastName.v=trem")).toEqual(["Jean Tremblay"]);
    expect(await titles("f.lastName=starts&f.lastName.v=remb")).toEqual([]);
  });

  it("list values: one of several, and a multi-value field holding one of them", async () => {
    expect(await titles("f.fileStatus=in&f.fileStatus.v=open&f.fileStatus.v=onHold")).toEqual(["Aputi Qaqqaq", "Jean Tremblay"]);
    expect(await titles("f.languagesSpoken=in&f.languagesSpoken.v=fr&f.languagesSpoken.v=en")).toEqual(["Aputi Qaqqaq", "Marie Côté"]);
    expect(await titles("f.languagesSpoken=empty")).toEqual(["Jean Tremblay"]);
  });

  it("date and date-time ranges, open on either side", async () => {
    expect(await titles("f.birthDate=range&f.birthDate.v=1989-01-01&f.birthDate.to=1995-12-31")).toEqual(["Aputi Qaqqaq"]);
    expect(await titles("f.birthDate=range&f.birthDate.to=1990-05-01")).toEqual(["Aputi Qaqqaq", "Marie Côté"]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await titles(`f.createdAt=range&f.createdAt.v=2000-01-01&f.createdAt.to=${today}`)).toHaveLength(3);
    expect(await titles("f.createdAt=range&f.createdAt.to=2000-01-01")).toEqual([]);
  });

  it("yes / no", async () => {
    expect(await titles("f.cvUpToDate=is&f.cvUpToDate.v=1")).toEqual(["Aputi Qaqqaq"]);
    expect(await titles("f.cvUpToDate=is&f.cvUpToDate.v=0")).toEqual(["Jean Tremblay", "Marie Côté"]);
  });

  it("a colleague (« me » is the reader) and a related record", async () => {
    expect(await titles("f.assignedUserId=is&f.assignedUserId.v=me")).toEqual(["Aputi Qaqqaq"]);
    expect(await titles("f.assignedUserId=is&f.assignedUserId.v=me", manager)).toEqual(["Marie Côté"]);
    expect(await titles(`f.assignedUserId=is&f.assignedUserId.v=${manager.id}`)).toEqual(["Marie Côté"]);
    const partner = await saveRecord(MODULES.partners, { name: "Coopérative Uqsuq", type: "employer" }, staff);
    await saveRecord(MODULES.contacts, { lastName: "Kilabuk", partnerId: partner.id }, staff);
    await saveRecord(MODULES.contacts, { lastName: "Sans-Lien" }, staff);
    expect(await titles(`f.partnerId=is&f.partnerId.v=${partner.id}`, staff, MODULES.contacts)).toEqual(["Kilabuk"]);
    expect(await titles("f.partnerId=empty", staff, MODULES.contacts)).toEqual(["Sans-Lien"]);
  });

  it("empty and not empty", async () => {
    expect(await titles("f.email=empty")).toEqual(["Jean Tremblay", "Marie Côté"]);
    expect(await titles("f.email=notEmpty")).toEqual(["Aputi Qaqqaq"]);
    expect(await titles("f.city=empty")).toEqual(["Jean Tremblay"]);
  });

  it("combines criteria with each other, the quick search and « Mes éléments »", async () => {
    expect(await titles("f.fileStatus=in&f.fileStatus.v=open&f.fileStatus.v=closed&f.city=starts&f.city.v=Rank")).toEqual(["Marie Côté"]);
    expect(await titles("q=cote&f.fileStatus=in&f.fileStatus.v=closed")).toEqual(["Marie Côté"]);
    expect(await titles("q=cote&f.fileStatus=in&f.fileStatus.v=open")).toEqual([]);
    expect(await titles("mine=1&f.fileStatus=in&f.fileStatus.v=open&f.fileStatus.v=closed")).toEqual(["Aputi Qaqqaq"]);
  });
});

describe("the address is untrusted", () => {
  it("drops unknown fields, operators the kind has not and bad values, and never queries them", () => {
    const { criteria, refused } = parseFilters(
      {
        "f.passwordHash": "contains",
        "f.sortName": "starts",
        "f.city": "gt",
        "f.birthDate": "range",
        "f.birthDate.v": "2020-13-45",
        "f.fileStatus": "in",
        "f.fileStatus.v": ["open", "hacked"],
        "f.lastName": "empty",
        "f.cvUpToDate": "is",
        "f.cvUpToDate.v": "yes",
        "f.constructor": "is",
        "f.email": "contains",
        "f.email.v": "x".repeat(256),
        "f.uci": "",
      },
      clients.def,
    );
    expect(criteria).toEqual([]);
    expect(refused.sort()).toEqual(["f.birthDate", "f.city", "f.constructor", "f.cvUpToDate", "f.email", "f.fileStatus", "f.lastName", "f.passwordHash", "f.sortName"]);
  });

  it("keeps the list whole when every criterion was refused", async () => {
    expect(await titles("f.passwordHash=contains&f.passwordHash.v=a")).toHaveLength(3);
  });
});

describe("keyset paging with a filter", () => {
  it("walks 45 filtered rows 20 at a time, each once, with a range start", async () => {
    for (let i = 0; i < 45; i++) await saveRecord(clients, client({ lastName: `Pangnirtung ${String(i).padStart(2, "0")}`, city: "Pangnirtung" }), staff);
    await saveRecord(clients, client({ lastName: "Pangnirtung hors filtre", city: "Igloolik" }), staff);
    const seen: string[] = [];
    let query = "size=20&f.city=starts&f.city.v=Pang";
    for (;;) {
      const params = listStateOf(clients.def, query);
      const page = await clients.list({ ...params, cursor: new URLSearchParams(query).get("cursor") }, staff);
      expect(page.count).toBe(45);
      seen.push(...page.rows.map((r) => r.title));
      if (!page.nextCursor) break;
      query = `size=20&f.city=starts&f.city.v=Pang&cursor=${page.nextCursor}`;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });
});

/** A value each kind accepts, so that every operator of every field of every module is run once. */
function sample(field: FieldDef, op: Op): Record<string, string | string[]> {
  const key = `f.${field.name}`;
  if (op === "empty" || op === "notEmpty") return { [key]: op };
  if (op === "contains" || op === "starts") return { [key]: op, [`${key}.v`]: "a" };
  if (op === "in") return { [key]: op, [`${key}.v`]: field.options?.[0] ?? "fr" };
  if (op === "range") return field.kind === "date" || field.kind === "datetime" ? { [key]: op, [`${key}.v`]: "2020-01-01", [`${key}.to`]: "2030-01-01" } : { [key]: op, [`${key}.v`]: "1", [`${key}.to`]: "9" };
  if (field.kind === "boolean") return { [key]: op, [`${key}.v`]: "1" };
  if (field.kind === "parent") return { [key]: op, [`${key}.v`]: `${field.parent?.modules[0]}:abc` };
  return { [key]: op, [`${key}.v`]: field.kind === "user" ? "me" : "abc" };
}

describe("every registered module", () => {
  it.each(Object.keys(MODULES))("%s: each field's each operator parses and runs on the database", async (key) => {
    const model = MODULES[key as keyof typeof MODULES];
    for (const field of filterableFields(model.def)) {
      for (const op of opsFor(field)) {
        const search = sample(field, op);
        const { criteria, refused } = parseFilters(search, model.def);
        expect({ field: field.name, op, refused }).toEqual({ field: field.name, op, refused: [] });
        await expect(model.list({ ...listStateOf(model.def, ""), criteria }, staff)).resolves.toHaveProperty("rows");
      }
    }
  });
});
