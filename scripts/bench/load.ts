// The deterministic data set, written through the raw driver (see raw-db.ts) with the modules' own stored
// columns, derived keys, sort keys and search tokens — the rows saveRecord would write — and each record's
// « create » row in the change log. Clients, partners and contacts come from scripts/lib/fake-data.ts (French,
// English and Inuktitut names, accents, apostrophes, hyphens, shared surnames); activities are skewed per client
// (one client holds `heavyClientActivities`), meetings and calls near today fill the calendar.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { RawDb, SqlRow } from "./raw-db";
import type { Sizes } from "./config";

export type Loaded = {
  adminId: string;
  adminEmail: string;
  password: string;
  userIds: string[];
  /** A client in the middle of the name order, assigned to the admin, with a few activities. */
  sampleClientId: string;
  heavyClientId: string;
  /** Start of a common accented family name, typed without its accent (« kon » for Koné). */
  searchPrefix: string;
  phoneEnd: string;
  emailPrefix: string;
  counts: Record<string, number>;
};

const BATCH = 5_000;
const DAY = 24 * 3600 * 1000;
const LARGE_TABLES = ["Client", "Partner", "Contact", "Call", "Meeting", "Task", "Document", "SearchToken", "AuditLog"];

const SUBJECTS = [
  "Appel de suivi", "Rencontre d'accueil", "Suivi du CV", "Entrevue d'emploi", "Atelier recherche d'emploi", "Follow-up call",
  "Intake meeting", "Job interview practice", "Résumé review", "Orientation session", "Appel à l'employeur", "Aide au logement",
  "Inscription au cours de français", "Rencontre avec l'agente d'immigration", "Qaujisarniq — suivi", "Préparation à l'entrevue",
];
const DOC_NAMES = ["Curriculum vitæ", "Lettre de présentation", "Permis de travail", "Diplôme", "Relevé de notes", "Work permit", "Reference letter", "Attestation d'emploi"];
const DOC_CATEGORIES = ["cv", "identity", "immigration", "education", "employment", "other"];
const AUDIT_FIELDS = ["phone", "email", "fileStatus", "clientStatus", "assignedUserId", "description", "city"];

export async function load(db: Db, raw: RawDb, sizes: Sizes, seed: number, log: (line: string) => void): Promise<Loaded> {
  const { ensureDefaultPicklists } = await import("@/lib/records/picklists");
  const { hashPassword } = await import("@/lib/auth/password");
  const { MODULES } = await import("@/lib/modules/registry");
  const { derivedSortKeys } = await import("@/lib/records/sort-keys");
  const { clientSchema } = await import("@/lib/modules/clients/schema");
  const { partnerSchema } = await import("@/lib/modules/partners/schema");
  const { contactSchema } = await import("@/lib/modules/contacts/schema");
  const { createRng, fakeClient, fakeContact, fakePartner, fakeStaff } = await import("@/scripts/lib/fake-data");
  const { words } = await import("@/lib/records/normalize");

  await ensureDefaultPicklists();
  const rng = createRng(seed);
  // cuid-shaped (25 characters), deterministic: the same seed gives the same ids.
  let counter = 0;
  const newId = () => `cbench${(++counter).toString(36).padStart(9, "0")}${Math.floor(rng.next() * 36 ** 6).toString(36).padStart(6, "0")}`.slice(0, 25).padEnd(25, "0");

  const password = `bench-${randomBytes(9).toString("base64url")}`;
  const passwordHash = await hashPassword(password);
  const adminEmail = "bench.admin@exemple.test";
  const users = [
    { id: newId(), email: adminEmail, name: "Admin Banc d'essai", role: "admin", passwordHash },
    ...fakeStaff(rng, sizes.users - 1).map((s, i) => ({ id: newId(), email: s.email.replace("@", `.${i}@`), name: s.name, role: s.role, passwordHash })),
  ];
  await db.user.createMany({ data: users });
  const userIds = users.map((u) => u.id);
  const now = Date.now();
  const times = () => {
    const created = new Date(now - rng.next() * 3 * 365 * DAY);
    return { createdAt: created, updatedAt: new Date(Math.min(now, created.getTime() + rng.next() * 365 * DAY)) };
  };

  await raw.dropIndexes(LARGE_TABLES);
  let buildMs = 0;
  let writeMs = 0;
  let auditCount = 0;
  type Model = (typeof MODULES)[keyof typeof MODULES];
  const sortKeyCache = new Map<string, string | undefined>();
  // A record's kept sort keys depend only on its label, user and relation fields (lib/records/sort-keys.ts), of
  // which a load has few combinations (30 users, a handful of statuses): each combination is derived once.
  const sortKeysOf = new Map<string, Record<string, string>>();
  const sortKeysKey = (store: Model, stored: Record<string, unknown>) => {
    let key = store.def.key;
    for (const [field, sort] of Object.entries(store.sortColumns)) if (sort.from) key += `\u0001${typeof stored[field] === "string" ? stored[field] : ""}`;
    return key;
  };

  /** One module's rows with their tokens and « create » history rows, as saveRecord writes them, BATCH per transaction. */
  async function insert(table: string, store: Model, count: number, make: (i: number) => SqlRow, opts: { columns?: boolean } = { columns: true }): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < count; start += BATCH) {
      const b = performance.now();
      const rows: SqlRow[] = [];
      const tokens: SqlRow[] = [];
      const audits: SqlRow[] = [];
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const author = rng.pick(users);
        const made = make(i);
        const stored = { ...(opts.columns ? store.columns(made, { timeZone: "America/Iqaluit" }) : made), createdById: author.id };
        const derived = store.derive(stored);
        const sortKey = sortKeysKey(store, stored);
        let keys = sortKeysOf.get(sortKey);
        if (!keys) sortKeysOf.set(sortKey, (keys = await derivedSortKeys(db, store, stored, sortKeyCache)));
        const id = newId();
        const t = (made.createdAt as Date | undefined) ? { createdAt: made.createdAt, updatedAt: made.createdAt } : times();
        rows.push({ id, ...stored, ...derived.columns, ...keys, ...t });
        for (const token of derived.tokens) tokens.push({ id: newId(), module: store.def.key, token, recordId: id });
        audits.push({ id: newId(), module: store.def.key, recordId: id, userId: author.id, userName: author.name, action: "create", version: 1, createdAt: t.createdAt });
        ids.push(id);
      }
      buildMs += performance.now() - b;
      const w = performance.now();
      await raw.transaction(async () => {
        await raw.write(table, rows);
        await raw.write("SearchToken", tokens);
        await raw.write("AuditLog", audits);
      });
      auditCount += audits.length;
      writeMs += performance.now() - w;
    }
    return ids;
  }

  let t0 = performance.now();
  const partnerIds = await insert("Partner", MODULES.partners, sizes.partners, () => partnerSchema.parse(fakePartner(rng, { userIds })));
  await insert("Contact", MODULES.contacts, sizes.contacts, () => contactSchema.parse({ ...fakeContact(rng), ...(rng.chance(0.9) ? { partnerId: rng.pick(partnerIds) } : {}) }));
  const lastNames = new Map<string, number>();
  let phoneEnd = "";
  let emailPrefix = "";
  const clientIds = await insert("Client", MODULES.clients, sizes.clients, (i) => {
    const c = clientSchema.parse(fakeClient(rng, { userIds }));
    lastNames.set(c.lastName, (lastNames.get(c.lastName) ?? 0) + 1);
    if (!phoneEnd && i >= sizes.clients / 3 && c.phone) phoneEnd = c.phone.replace(/\D/g, "").slice(-4);
    if (!emailPrefix && i >= sizes.clients / 2 && c.email) emailPrefix = c.email.slice(0, 5);
    return c;
  });
  log(`${sizes.clients.toLocaleString("en")} clients, ${sizes.partners.toLocaleString("en")} partners, ${sizes.contacts.toLocaleString("en")} contacts built in ${(buildMs / 1000).toFixed(1)} s, written in ${(writeMs / 1000).toFixed(1)} s`);

  // Activities: one heavy client, the rest skewed (a few clients have many, most have a handful); meetings and
  // calls dated within six months of today are the calendar's, the others lie one to five years back.
  t0 = performance.now();
  const heavyClientId = clientIds[Math.floor(clientIds.length / 3)];
  const sampleClientId = clientIds[Math.floor(clientIds.length / 2)];
  const totalActivities = sizes.calls + sizes.meetings + sizes.tasks;
  let heavyLeft = sizes.heavyClientActivities;
  const calendarShare = sizes.calendarItems / (sizes.calls + sizes.meetings);
  const parentOf = () => {
    if (heavyLeft > 0 && rng.next() < sizes.heavyClientActivities / totalActivities + 0.002) {
      heavyLeft -= 1;
      return heavyClientId;
    }
    // Cubed uniform: the first clients (in id order) get most activities, a long tail gets few.
    return clientIds[Math.floor(clientIds.length * rng.next() ** 3)];
  };
  const when = (calendar: boolean) =>
    calendar ? new Date(now - 182 * DAY + Math.floor(rng.next() * 365 * 96) * 15 * 60_000) : new Date(now - (365 + rng.next() * 4 * 365) * DAY);
  const activity = (status: string) => {
    const calendar = rng.next() < calendarShare;
    const startAt = when(calendar);
    return { subject: rng.pick(SUBJECTS), status, startAt, clientId: parentOf(), assignedUserId: rng.pick(userIds), createdAt: new Date(startAt.getTime() - 7 * DAY) };
  };
  await insert("Call", MODULES.calls, sizes.calls, () => ({ ...activity(rng.weighted([["held", 6], ["planned", 3], ["postponed", 1]] as const)), direction: rng.pick(["inbound", "outbound"]), duration: rng.pick([5, 10, 15, 30]) }), { columns: false });
  await insert("Meeting", MODULES.meetings, sizes.meetings, () => {
    const a = activity(rng.weighted([["held", 6], ["planned", 3], ["notHeld", 1]] as const));
    return { ...a, endAt: new Date(a.startAt.getTime() + rng.pick([30, 45, 60, 90]) * 60_000), location: rng.pick(["Bureau d'Iqaluit", "En ligne", "Rankin Inlet"]), invitees: "[]" };
  }, { columns: false });
  await insert("Task", MODULES.tasks, sizes.tasks, () => {
    const status = rng.weighted([["completed", 6], ["notStarted", 2], ["inProgress", 1], ["pending", 1]] as const);
    const created = new Date(now - rng.next() * 3 * 365 * DAY);
    return { subject: rng.pick(SUBJECTS), status, priority: rng.pick(["low", "medium", "high"]), dueAt: new Date(created.getTime() + rng.int(1, 30) * DAY), completedAt: status === "completed" ? new Date(created.getTime() + rng.int(1, 20) * DAY) : null, clientId: parentOf(), assignedUserId: rng.pick(userIds), createdAt: created };
  }, { columns: false });
  log(`${totalActivities.toLocaleString("en")} activities (heavy client: ${(sizes.heavyClientActivities - heavyLeft).toLocaleString("en")}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  t0 = performance.now();
  await insert("Document", MODULES.documents, sizes.documents, () => {
    const name = `${rng.pick(DOC_NAMES)} ${rng.int(2015, 2026)}`;
    return { name, category: rng.pick(DOC_CATEGORIES), clientId: rng.pick(clientIds), fileName: `${name.replace(/\W+/g, "-").toLowerCase()}.pdf`, currentVersion: 1 };
  }, { columns: false });
  // The rest of the change log: field edits spread over the clients, as months of use leave them.
  for (let done = auditCount; done < sizes.auditRows; done += BATCH) {
    const rows: SqlRow[] = [];
    for (let i = 0; i < Math.min(BATCH, sizes.auditRows - done); i++) {
      const author = rng.pick(users);
      rows.push({ id: newId(), module: "clients", recordId: rng.pick(clientIds), userId: author.id, userName: author.name, action: "update", field: rng.pick(AUDIT_FIELDS), before: "ancienne valeur", after: "nouvelle valeur", version: rng.int(2, 9), createdAt: new Date(now - rng.next() * 3 * 365 * DAY) });
    }
    await raw.transaction(() => raw.write("AuditLog", rows));
  }
  log(`${sizes.documents.toLocaleString("en")} documents and ${sizes.auditRows.toLocaleString("en")} audit rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  t0 = performance.now();
  await raw.rebuildIndexes();
  log(`indexes rebuilt in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const accented = [...lastNames.entries()].filter(([n]) => /[^\x00-\x7f]/.test(n)).sort((a, b) => b[1] - a[1]);
  const word = words(accented[0]?.[0] ?? "Lefèvre")[0];
  await db.client.update({ where: { id: sampleClientId }, data: { assignedUserId: users[0].id } });
  // The rows already carry their sort keys: mark the one-time backfill (lib/records/sort-keys.ts) done, as on an
  // up-to-date install, or the app's start would rewrite every row first (minutes, and a transaction timeout on
  // PostgreSQL under load).
  await db.setting.upsert({ where: { key: "sortKeys.backfilled" }, create: { key: "sortKeys.backfilled", value: "1" }, update: { value: "1" } });
  const counts = Object.fromEntries(
    await Promise.all(["client", "call", "meeting", "task", "document", "auditLog", "searchToken"].map(async (m) => [m, await (db as unknown as Record<string, { count(): Promise<number> }>)[m].count()] as const)),
  );
  return { adminId: users[0].id, adminEmail, password, userIds, sampleClientId, heavyClientId, searchPrefix: word.slice(0, Math.max(3, word.length - 2)), phoneEnd, emailPrefix, counts };
}

export { LARGE_TABLES };
