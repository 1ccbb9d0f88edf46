import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// A feed address carries a secret token: 32 random bytes, base64url. Only its SHA-256 is stored, so a copy of the
// database does not give anyone's calendar away; a regenerated token replaces the old one at once.

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates or replaces the user's token; the token itself is returned once and never stored. */
export async function issueFeedToken(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashFeedToken(token);
  await db.calendarFeedToken.upsert({ where: { userId }, create: { userId, tokenHash }, update: { tokenHash, createdAt: new Date() } });
  return token;
}

export async function revokeFeedToken(userId: string): Promise<void> {
  await db.calendarFeedToken.deleteMany({ where: { userId } });
}

export async function hasFeedToken(userId: string): Promise<Date | null> {
  return (await db.calendarFeedToken.findUnique({ where: { userId }, select: { createdAt: true } }))?.createdAt ?? null;
}

/** The active user a token belongs to, or null (malformed, unknown, revoked, or the user deactivated). */
export async function feedOwner(token: string) {
  if (!TOKEN.test(token)) return null;
  const row = await db.calendarFeedToken.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { user: { select: { id: true, name: true, role: true, locale: true, timeZone: true, active: true } } },
  });
  return row?.user.active ? row.user : null;
}
