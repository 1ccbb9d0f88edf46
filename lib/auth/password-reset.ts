import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { sendMail } from "@/lib/mail/send";
import { clearAccountAttempts } from "@/lib/auth/throttle";

const TOKEN_TTL_MS = 30 * 60_000;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * Sends a single-use reset link when the address belongs to an active account; does nothing otherwise. The
 * caller answers the same either way. Only the token's hash is stored.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || !user.active) return;
  // At most 3 links per account per half hour: the form cannot be used to flood someone's mailbox.
  const recent = await db.passwordResetToken.count({ where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - TOKEN_TTL_MS) } } });
  if (recent >= 3) return;
  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({ data: { tokenHash: sha256(token), userId: user.id, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS) } });
  const locale = user.locale === "en" ? "en" : "fr";
  const t = translatorFor(locale);
  const url = `${appUrl()}/${locale}/reset-password?token=${token}`;
  await sendMail({ to: user.email, subject: t("auth.mailSubject"), text: t("auth.mailBody", { name: user.name, url }) });
}

/** Makes every outstanding reset link of the account unusable: its password or address has just changed. */
export async function revokeResetLinks(userId: string, now = new Date()): Promise<void> {
  await db.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}

/** True when the token is unused, unexpired and its account active. */
export async function resetTokenIsValid(token: string, now = new Date()): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  return !!row && !row.usedAt && row.expiresAt > now && row.user.active;
}

/**
 * Sets the new password if the token is still good. The token is claimed with a conditional update so that two
 * simultaneous uses cannot both succeed; every open session and every other link of the account is closed.
 */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!row || !row.user.active) return false;
  const claimed = await db.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count !== 1) return false;
  await db.user.update({
    where: { id: row.userId },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 }, mustChangePassword: false },
  });
  await db.userSession.deleteMany({ where: { userId: row.userId } });
  await revokeResetLinks(row.userId, now);
  await clearAccountAttempts(row.user.email);
  return true;
}
