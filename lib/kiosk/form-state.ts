import { z } from "zod";

// A refused kiosk form sent without scripts comes back as a redirect to the form; what the visitor typed and the
// messages travel in a short-lived, http-only cookie (never in the address, which lands in logs and history).
// The page shows it only for the `r` it was redirected with, so an idle reset (a plain address) starts empty.

export const FORM_STATE_COOKIE = "kiosk-form";
export const FORM_STATE_MAX_AGE = 300;

const stateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{8,40}$/),
    values: z.record(z.string().max(40), z.string().max(1_000)),
    errors: z.record(z.string().max(40), z.string().max(300)),
    formError: z.string().max(300).nullable(),
  })
  .strict();
export type FormState = z.infer<typeof stateSchema>;

export function encodeFormState(state: FormState): string {
  return Buffer.from(JSON.stringify(state), "utf8").toString("base64url");
}

export function decodeFormState(cookie: string | undefined, id: unknown): FormState | null {
  if (!cookie || typeof id !== "string" || cookie.length > 4_000) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(Buffer.from(cookie, "base64url").toString("utf8")));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}
