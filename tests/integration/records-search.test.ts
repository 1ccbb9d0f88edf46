/** @jest-environment node */
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { setupTestDatabase } from "@/tests/helpers/integration";
import { emailKey, nameKey, phoneKey, sortKey } from "@/lib/records/normalize";
import { matchingIds, queryGroups, recordTokens, replaceTokens, searchPlan, SELECTIVE_TOKENS } from "@/lib/records/search";
import { writeAudit, diffValues } from "@/lib/records/audit";
import { duplicateFilter, duplicateReasons } from "@/lib/records/duplicates";

const getDb = setupTestDatabase();
const onSqlite = !process.env.TEST_POSTGRES_URL;

type Person = { firstName: string; lastName: string; email?: string; phone?: string; mobile?: string };

/** A client written the way the data layer does: derived keys on the row, tokens beside it. */
async function addClient(p: Person) {
  const db = getDb();
  const row = await db.client.create({
    data: {
      ...p,
      sortName: sortKey(p.lastName, p.firstName),
      nameKey: nameKey(p.firstName, p.lastName),
      emailKey: emailKey(p.email),
      phoneKey: phoneKey(p.phone),
      mobileKey: phoneKey(p.mobile),
      createdById: "search-test",
    },
  });
  const tokens = recordTokens({ names: [p.firstName, p.lastName], emails: [p.email], phones: [p.phone, p.mobile] });
  await replaceTokens(db, { module: "clients", recordId: row.id, tokens });
  return row;
}

let marie: { id: string };
let marc: { id: string };
let tremblant: { id: string };
let roy: { id: string };
let syllabics: { id: string };
let annie: { id: string };

beforeAll(async () => {
  marie = await addClient({ firstName: "Marie", lastName: "Côté-Tremblay", email: "Marie.Cote@Exemple.TEST", phone: "+1 (867) 979-1234" });
  marc = await addClient({ firstName: "Marc", lastName: "Côté", email: "marc.c@exemple.test", phone: "867-222-5555" });
  tremblant = await addClient({ firstName: "Marie", lastName: "Tremblant", email: "mt@exemple.test" });
  roy = await addClient({ firstName: "Jean", lastName: "Roy", mobile: "613 555 1234" });
  syllabics = await addClient({ firstName: "ᐊᓂ", lastName: "ᐃᓄᒃ" });
  annie = await addClient({ firstName: "Annie", lastName: "Qaunaq", phone: "979-4567" });
  // Same words in other modules: they must never surface in client results.
  const partner = await getDb().partner.create({ data: { name: "Côté Tremblay Marie", sortName: "cote tremblay marie", nameKey: "cote marie tremblay" } });
  await replaceTokens(getDb(), { module: "partners", recordId: partner.id, tokens: recordTokens({ names: [partner.name], phones: ["867 979 1234"] }) });
  const contact = await getDb().contact.create({ data: { firstName: "Marie", lastName: "Côté", sortName: "cote marie", nameKey: "cote marie" } });
  await replaceTokens(getDb(), { module: "contacts", recordId: contact.id, tokens: recordTokens({ names: ["Marie", "Côté"] }) });
});

/** Ids found by the per-row check alone and by the index-first plan; both must agree. */
async function search(q: string): Promise<string[]> {
  const groups = queryGroups(q);
  const candidates = (
    await getDb().client.findMany({ where: { createdById: "search-test", deletedAt: null }, orderBy: [{ sortName: "asc" }, { id: "asc" }], select: { id: true } })
  ).map((r) => r.id);
  const perRow = [...(await matchingIds(getDb(), candidates, groups))];
  const plan = await searchPlan(getDb(), "clients", groups);
  const allowed = plan.ids === null ? candidates : candidates.filter((id) => plan.ids!.includes(id));
  const indexFirst = [...(await matchingIds(getDb(), allowed, plan.broad))];
  expect(indexFirst.sort()).toEqual([...perRow].sort());
  return perRow.sort();
}

const ids = (...rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("quick search", () => {
  it("ignores accents and case", async () => {
    expect(await search("cote")).toEqual(ids(marie, marc));
    expect(await search("CÔTÉ")).toEqual(ids(marie, marc));
  });

  it("matches the beginning of any word, in any order", async () => {
    expect(await search("trem mar")).toEqual(ids(marie, tremblant));
    expect(await search("mar trem")).toEqual(ids(marie, tremblant));
    expect(await search("cote trem")).toEqual(ids(marie));
    expect(await search("tremblay")).toEqual(ids(marie));
    expect(await search("rie")).toEqual([]);
  });

  it("does not match Marc Côté for « trem mar »", async () => {
    expect(await search("trem mar")).not.toContain(marc.id);
  });

  it("finds syllabics", async () => {
    expect(await search("ᐃᓄ")).toEqual(ids(syllabics));
  });

  it("matches the beginning of an email", async () => {
    expect(await search("marie.cote@exe")).toEqual(ids(marie));
    expect(await search("marc.c")).toEqual(ids(marc));
    expect(await search("cote@")).toEqual([]);
  });

  it("matches the beginning or the end of a phone number", async () => {
    expect(await search("979")).toEqual(ids(annie)); // not Marie: 979 is inside 8679791234, not at an end
    expect(await search("979-45")).toEqual(ids(annie));
    expect(await search("867")).toEqual(ids(marie, marc));
    expect(await search("867 979")).toEqual(ids(marie));
    expect(await search("+1 867-979-1234")).toEqual(ids(marie));
    expect(await search("1234")).toEqual(ids(marie, roy));
    expect(await search("5555")).toEqual(ids(marc));
  });

  it("keeps other modules' tokens out", async () => {
    const found = await search("marie");
    expect(found).toEqual(ids(marie, tremblant));
    const partners = await searchPlan(getDb(), "partners", queryGroups("marie"));
    expect(partners.ids).toHaveLength(1);
  });

  it("replaces a record's tokens when it changes", async () => {
    const row = await addClient({ firstName: "Léa", lastName: "Okpik" });
    expect(await search("okpik")).toEqual([row.id]);
    await replaceTokens(getDb(), { module: "clients", recordId: row.id, tokens: recordTokens({ names: ["Léa", "Kilabuk"] }) });
    expect(await search("okpik")).toEqual([]);
    expect(await search("lea kila")).toEqual([row.id]);
    expect(await getDb().searchToken.count({ where: { recordId: row.id } })).toBe(2);
  });

  it("falls back to the per-row check for a group matching very many tokens", async () => {
    const db = getDb();
    const many = await db.client.create({ data: { lastName: "Many", sortName: "many", nameKey: "many", createdById: "search-test" } });
    const extra = Array.from({ length: SELECTIVE_TOKENS + 5 }, (_, i) => `w:zq${i}`);
    await replaceTokens(db, { module: "clients", recordId: many.id, tokens: ["w:many", ...extra] });
    const plan = await searchPlan(db, "clients", queryGroups("zq many"));
    expect(plan).toEqual({ ids: [many.id], broad: [["w:zq", "e:zq"]] });
    expect(await search("zq many")).toEqual([many.id]);
  });
});

// Prisma's own SQL, captured from a second client on the same file, then explained by SQLite.
async function explainPrismaQueries(run: (client: PrismaClient) => Promise<unknown>): Promise<string[][]> {
  const files = await getDb().$queryRaw<{ name: string; file: string }[]>`PRAGMA database_list`;
  const file = files.find((f) => f.name === "main")?.file;
  if (!file) throw new Error("no database file");
  const logged = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }), log: [{ emit: "event", level: "query" }] });
  const seen: { query: string; params: string }[] = [];
  logged.$on("query", (e) => seen.push({ query: e.query, params: e.params }));
  try {
    await run(logged);
  } finally {
    await logged.$disconnect();
  }
  const plans: string[][] = [];
  for (const { query, params } of seen.filter((s) => s.query.startsWith("SELECT"))) {
    const [head, ...rest] = query.split("?");
    const sql = new Prisma.Sql([`EXPLAIN QUERY PLAN ${head}`, ...rest], JSON.parse(params) as unknown[]);
    const rows = await getDb().$queryRaw<{ detail: string }[]>(sql);
    plans.push(rows.map((r) => r.detail));
  }
  return plans;
}

const scansTokens = (detail: string) => /^SCAN (main\.)?(SearchToken|t\d+)\b/.test(detail);

(onSqlite ? describe : describe.skip)("query plans on SQLite", () => {
  it("looks tokens up as range scans on the [module, token] index", async () => {
    const plans = await explainPrismaQueries((client) =>
      searchPlan(client, "clients", queryGroups("trem mar")),
    );
    expect(plans).toHaveLength(2); // one query per word: its name-word and email prefixes as two ranges in it
    for (const plan of plans) {
      expect(plan.filter((d) => /SEARCH .*USING COVERING INDEX SearchToken_module_token_recordId_idx \(module=\? AND token>\? AND token<\?\)/.test(d))).toHaveLength(2);
      expect(plan.some((d) => d.includes("TEMP B-TREE"))).toBe(false); // read in index order, stops at the limit
      expect(plan.filter(scansTokens)).toEqual([]);
    }
  });

  it("checks candidate rows through their own tokens, never a scan of SearchToken", async () => {
    const plans = await explainPrismaQueries((client) => matchingIds(client, [marie.id, marc.id, roy.id], queryGroups("trem mar")));
    expect(plans).toHaveLength(1);
    expect(plans[0].some((d) => /SEARCH .*USING (COVERING )?INDEX SearchToken_recordId_token_idx \(recordId=\?/.test(d))).toBe(true);
    // The prefix range must not be re-scanned for every client (that is what module = ? inside the subquery did).
    expect(plans[0].some((d) => d.includes("SearchToken_module_token"))).toBe(false);
    expect(plans[0].filter(scansTokens)).toEqual([]);
  });
});

describe("audit log and duplicates on a real database", () => {
  it("writes one row per changed field for an update and one row for the other actions", async () => {
    const db = getDb();
    const user = { id: null, name: "Agent Test" };
    const before = { firstName: "Marie", city: null, cvUpToDate: false };
    const after = { firstName: "Marie", city: "Iqaluit", cvUpToDate: true };
    const changes = diffValues(before, after, ["firstName", "city", "cvUpToDate"]);
    expect(await writeAudit(db, { module: "clients", recordId: marie.id, user, action: "update", changes, version: 2 })).toBe(2);
    expect(await writeAudit(db, { module: "clients", recordId: marie.id, user, action: "update", changes: [] })).toBe(0);
    expect(await writeAudit(db, { module: "clients", recordId: marie.id, user, action: "delete" })).toBe(1);
    const rows = await db.auditLog.findMany({ where: { recordId: marie.id } });
    const shown = rows.map((r) => [r.action, r.field, r.before, r.after, r.version]);
    expect(shown.sort((a, b) => String(a).localeCompare(String(b)))).toEqual([
      ["delete", null, null, null, null],
      ["update", "city", null, "Iqaluit", 2],
      ["update", "cvUpToDate", "false", "true", 2],
    ]);
  });

  it("finds duplicates by name in any order, email or phone, and says why", async () => {
    const cols = { email: ["emailKey"], phone: ["phoneKey", "mobileKey"] };
    const input = { nameKey: nameKey("TREMBLAY côté", "marie"), emails: ["nobody@exemple.test"], phones: ["(613) 555-1234"] };
    const where = duplicateFilter<Prisma.ClientWhereInput>(input, cols);
    expect(where).not.toBeNull();
    const rows = await getDb().client.findMany({ where: { AND: [{ createdById: "search-test" }, where!] } });
    const reasons = Object.fromEntries(rows.map((r) => [r.id, duplicateReasons(r, input, cols)]));
    expect(reasons).toEqual({ [marie.id]: ["name"], [roy.id]: ["phone"] });
  });
});
