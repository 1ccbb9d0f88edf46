// The environment's one schema, shared by the start script (checked before it migrates or builds) and the
// server (instrumentation hook, lib/env.ts), so that a wrong value stops the start with the variable's name
// instead of failing later, e.g. when the first email goes out. Every variable stays optional.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url.mjs";

/** A URL whose scheme is one of `schemes` and, unless `anyHost`, which names a host. */
const urlOf = (schemes, rule, anyHost = false) =>
  z.string().refine((value) => {
    try {
      const url = new URL(value);
      return schemes.includes(url.protocol) && (anyHost || url.hostname !== "");
    } catch {
      return false;
    }
  }, rule);

const intIn = (min, max, rule) => z.coerce.number(rule).int(rule).min(min, rule).max(max, rule);

const databaseUrl = z
  .string()
  .refine(
    // PostgreSQL may name no host: postgresql:///crm?host=/var/run/postgresql is a Unix socket.
    (value) => (/^file:./.test(value) ? true : urlOf(["postgresql:", "postgres:"], "", true).safeParse(value).success),
    "must be file:<path> (SQLite) or postgresql://user:password@host:5432/database",
  );

const schema = z.object({
  DATABASE_URL: databaseUrl.default(DEFAULT_DATABASE_URL),
  PORT: intIn(1, 65535, "must be a port number (1 to 65535)").default(3000),
  HOST: z.string().optional(),
  APP_URL: urlOf(["http:", "https:"], "must be an http:// or https:// URL, e.g. https://crm.example.org").optional(),
  NEXTAUTH_URL: urlOf(["http:", "https:"], "must be an http:// or https:// URL").optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // A proxy's count, not a yes/no: the client address is the entry the last trusted proxy added.
  TRUST_PROXY: intIn(0, 10, "must be the number of trusted proxies in front of the app (0 to 10)").default(0),
  SMTP_URL: urlOf(["smtp:", "smtps:"], "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org:465").optional(),
  MAIL_FROM: z.string().min(3, "must be a sender address").default("CRM Carrefour Nunavut <no-reply@localhost>"),
  CRM_DATA_DIR: z.string().default("./data"),
  // Uploaded files: local disk under CRM_DATA_DIR/files unless S3_BUCKET names an S3-compatible bucket.
  S3_BUCKET: z.string().min(3, "must be a bucket name").optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ENDPOINT: urlOf(["http:", "https:"], "must be an http:// or https:// URL, e.g. https://s3.ca-central-1.amazonaws.com").optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  CRM_ADMIN_EMAIL: z.email("must be an email address").optional(),
  CRM_ADMIN_PASSWORD: z.string().min(8, "must be at least 8 characters").max(128, "must be at most 128 characters").optional(),
});

/**
 * Parses the variables the app reads. Empty values count as unset. On failure, `message` names each wrong
 * variable and what it must be, never its value (it may hold a password).
 * @param {Record<string, string | undefined>} source
 * @returns {{ ok: true, env: z.infer<typeof schema> } | { ok: false, message: string }}
 */
export function parseEnv(source) {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.refine((e) => !e.S3_BUCKET || (e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY), {
    path: ["S3_BUCKET"],
    message: "needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY",
  }).safeParse(present);
  if (parsed.success) return { ok: true, env: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  return { ok: false, message: `Invalid configuration, the CRM will not start:\n${lines.join("\n")}` };
}
