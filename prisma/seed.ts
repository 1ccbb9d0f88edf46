// `npm run seed:demo`: bilingual demo data for a development or demonstration database. Everything is invented
// (scripts/lib/fake-data.ts). Records are written through the real record flow (zod schema, then saveRecord with
// the module's store), so derived keys, search tokens and the change log are exactly what the app writes.
//
//   DATABASE_URL=file:./data/demo.db npm run seed:demo
//
// Refuses to run with NODE_ENV=production. Migrates first, adds the default value lists, a few demo staff
// accounts (when missing), then partners, contacts and clients — unless the database already has clients.
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { CurrentUser } from "@/lib/auth/current-user";

const SEED = 2026;
const COUNTS = { clients: 300, partners: 40, contacts: 120 };
const STAFF = 4;

/**
 * lib/ modules start with `import "server-only"`, which throws outside React Server Components unless Node
 * resolves packages with the "react-server" condition (then it is an empty module). Re-run this script with
 * that condition when it is missing; true when this process should stop and let the child do the work.
 */
function rerunWithServerCondition(): Promise<number> | null {
  const resolved = createRequire(join(process.cwd(), "package.json")).resolve("server-only");
  if (resolved.endsWith("empty.js")) return null;
  const child = spawn(process.execPath, [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  // Ctrl-C reaches the child too (same process group): let it finish and report.
  process.on("SIGINT", () => {});
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<number> {
  if (process.env.NODE_ENV === "production") {
    console.error("[seed] Refused: NODE_ENV=production. Demo data is for development and demonstration databases only.");
    return 1;
  }
  const rerun = rerunWithServerCondition();
  if (rerun) return rerun;

  const { databaseUrl, isPostgresUrl, sqlitePath } = await import("@/scripts/lib/database-url.mjs");
  const { migrate } = await import("@/scripts/lib/migrations.mjs");
  const url = databaseUrl();
  process.env.DATABASE_URL = url;
  console.log(`[seed] Database: ${isPostgresUrl(url) ? url.replace(/\/\/[^@/]*@/, "//…@") : sqlitePath(url)}`);
  await migrate(url, (line) => console.log(`[seed] ${line}`));

  // Imported only now: lib/db.ts opens DATABASE_URL on first use.
  const { db } = await import("@/lib/db");
  const { bootstrap } = await import("@/lib/bootstrap");
  const { hashPassword } = await import("@/lib/auth/password");
  const { saveRecord } = await import("@/lib/records/service");
  const { MODULES } = await import("@/lib/modules/registry");
  const { clientSchema } = await import("@/lib/modules/clients/schema");
  const { partnerSchema } = await import("@/lib/modules/partners/schema");
  const { contactSchema } = await import("@/lib/modules/contacts/schema");
  const { createRng, fakeDataset, fakeStaff } = await import("@/scripts/lib/fake-data");

  try {
    // What the first `npm start` does: the first admin when there is no user yet (printed once), the
    // session secret and the value lists. Otherwise a seeded database would have staff and no admin.
    await bootstrap();

    // Demo staff accounts (invented people), created when missing; one password for all, shown once.
    const password = process.env.SEED_DEMO_PASSWORD || `demo-${randomBytes(6).toString("base64url")}`;
    let passwordHash: string | null = null;
    const created: string[] = [];
    const staff: CurrentUser[] = [];
    for (const s of fakeStaff(createRng(SEED), STAFF)) {
      let user = await db.user.findUnique({ where: { email: s.email } });
      if (!user) {
        passwordHash ??= await hashPassword(password);
        user = await db.user.create({ data: { email: s.email, name: s.name, role: s.role, passwordHash } });
        created.push(`${s.email} (${s.role})`);
      }
      if (user.active) staff.push({ id: user.id, name: user.name, email: user.email, role: s.role, locale: user.locale, darkMode: false, compact: false, timeZone: "America/Iqaluit", ownTimeZone: null, sessionId: "seed" });
    }
    if (created.length > 0) {
      console.log(`[seed] Demo accounts created: ${created.join(", ")}`);
      console.log(`[seed] Their password (shown once): ${password}`);
    } else {
      console.log("[seed] Demo accounts already exist (password unchanged).");
    }
    if (staff.length === 0) throw new Error("no active demo account to write records with");

    const existing = await db.client.count({ where: { deletedAt: null } });
    if (existing > 0) {
      console.log(`[seed] The database already has ${existing} clients: nothing added. Use an empty database for fresh demo data.`);
      return 0;
    }

    const started = Date.now();
    const userIds = staff.map((u) => u.id);
    const data = fakeDataset(SEED, COUNTS, { userIds });
    const rng = createRng(SEED + 1);
    const author = () => rng.pick(staff);

    const partnerIds: string[] = [];
    for (const p of data.partners) partnerIds.push((await saveRecord(MODULES.partners, partnerSchema.parse(p), author())).id);
    for (const { partnerIndex, contact } of data.contacts) {
      const partnerId = partnerIndex === null ? undefined : partnerIds[partnerIndex];
      await saveRecord(MODULES.contacts, contactSchema.parse({ ...contact, partnerId }), author());
    }
    for (const c of data.clients) await saveRecord(MODULES.clients, clientSchema.parse(c), author());

    console.log(
      `[seed] Added ${data.partners.length} partners, ${data.contacts.length} contacts and ${data.clients.length} clients ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error("[seed] Failed:", error);
    process.exit(1);
  },
);
