import "server-only";
import { randomBytes } from "node:crypto";
import { invalidateUserNames } from "@/lib/users/names";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { authSecret } from "@/lib/auth/secret";
import { ensureDefaultPicklists } from "@/lib/records/picklists";
import { backfillSortKeys } from "@/lib/records/sort-keys";

/**
 * First start: when no user exists, create the first admin from CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD, or
 * admin@localhost with a random password printed once. Also makes sure the session secret exists.
 */
export async function bootstrap(): Promise<void> {
  refuseWrongEnvironment();
  await authSecret();
  await ensureDefaultPicklists();
  await backfillSortKeys();
  if ((await db.user.count()) > 0) return;
  const email = (process.env.CRM_ADMIN_EMAIL || "admin@localhost").trim().toLowerCase();
  let password = process.env.CRM_ADMIN_PASSWORD || "";
  const generated = !password;
  if (generated) password = randomBytes(12).toString("base64url");
  const problem = passwordProblem(password);
  if (problem) throw new Error(`CRM_ADMIN_PASSWORD is not acceptable (${problem}): use at least 8 characters, not a common password.`);
  try {
    // A generated password was printed on a console others may read: it must be replaced at first sign-in.
    await db.user.create({ data: { email, name: "Administrateur", role: "admin", passwordHash: await hashPassword(password), mustChangePassword: generated } });
    invalidateUserNames();
  } catch {
    return; // another instance created it at the same moment
  }
  console.info(`\n[crm] First administrator created: ${email}`);
  if (generated) console.info(`[crm] Its password (shown once): ${password}\n[crm] You will be asked to choose your own at first sign-in.\n`);
}

// `npm start` checks too, but `next start` or a container may start the server without it.
function refuseWrongEnvironment() {
  try {
    env();
  } catch (error) {
    console.error(`[crm] ${(error as Error).message}`);
    process.exit(1);
  }
}
