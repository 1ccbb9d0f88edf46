import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

let cached: Promise<string> | undefined;

/**
 * The next-auth secret: NEXTAUTH_SECRET when given, otherwise one generated on first start and kept in the
 * database, so that every instance behind a load balancer signs sessions with the same key.
 */
export function authSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return Promise.resolve(process.env.NEXTAUTH_SECRET);
  cached ??= (async () => {
    const existing = await db.setting.findUnique({ where: { key: "auth.secret" } });
    if (existing) return existing.value;
    const value = randomBytes(32).toString("base64url");
    try {
      await db.setting.create({ data: { key: "auth.secret", value } });
      return value;
    } catch {
      // Another instance created it first: use theirs.
      const row = await db.setting.findUniqueOrThrow({ where: { key: "auth.secret" } });
      return row.value;
    }
  })().catch((error) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
