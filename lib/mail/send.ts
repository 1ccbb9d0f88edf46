import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends through SMTP when SMTP_URL is set; otherwise writes the message to ./data/outbox/*.eml and logs it,
 * so that the forgotten-password flow works and can be tested on a machine with no mail server.
 */
export async function sendMail(mail: Mail): Promise<{ file?: string }> {
  const { SMTP_URL, MAIL_FROM, CRM_DATA_DIR } = env();
  const message = { from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text };
  if (SMTP_URL) {
    await nodemailer.createTransport(SMTP_URL).sendMail(message);
    return {};
  }
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(message);
  const dir = resolve(CRM_DATA_DIR, "outbox");
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.eml`);
  await writeFile(file, info.message as Buffer, { mode: 0o600 });
  console.info(`[mail] no SMTP_URL: message to ${mail.to} written to ${file}`);
  return { file };
}
