import { parseEnv } from "@/scripts/lib/env-schema.mjs";

export type Env = Extract<ReturnType<typeof parseEnv>, { ok: true }>["env"];

let cached: Env | undefined;

/** The parsed environment; throws a message naming each wrong variable (see scripts/lib/env-schema.mjs). */
export function env(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(result.message);
  cached = result.env;
  return cached;
}

/** Public address used in emails: APP_URL, never a request's Host header. */
export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}
