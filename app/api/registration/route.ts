import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { requestIp } from "@/lib/auth/request-ip";
import { secureCookies } from "@/lib/auth/session-cookie";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { loadMessages } from "@/lib/i18n/messages";
import { FORM_STATE_COOKIE, FORM_STATE_MAX_AGE, encodeFormState } from "@/lib/kiosk/form-state";
import { kioskSchema } from "@/lib/kiosk/schema";
import { allowKioskSubmission } from "@/lib/kiosk/throttle";
import { registerVisit } from "@/lib/kiosk/register";
import { reasonAccepted } from "@/lib/kiosk/reasons";
import { inTurn } from "@/lib/kiosk/turns";

// The office kiosk's one way in: a public POST, no session needed and none used. Works as a plain form post (303
// to the thank-you screen, or back to the form with the visitor's values and translated messages) and from the
// page's script (JSON). Size, rate, honeypot, strict parsing and the idempotency key are all checked here.

export const dynamic = "force-dynamic";
const BODY_MAX = 8 * 1024;
const KEPT = ["firstName", "lastName", "email", "phone", "language", "reason", "comment", "consent"];

type Locale = "fr" | "en";
type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };
type Answer = { status: number; fieldErrors?: Record<string, string>; formError?: string | null; values?: Record<string, string> };

/** The body as text, or null past the limit (a missing or lying Content-Length does not get around it). */
async function readCapped(req: NextRequest, max: number): Promise<string | null> {
  if (Number(req.headers.get("content-length") ?? 0) > max) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** One value per key: a repeated key is refused like any other malformed input. */
function formFields(body: string): Record<string, string> | null {
  const params = new URLSearchParams(body);
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (Object.hasOwn(out, key) || key.length > 40) return null;
    out[key] = value;
  }
  return out;
}

function respond(req: NextRequest, locale: Locale, answer: Answer): Response {
  const json = (req.headers.get("accept") ?? "").includes("application/json");
  const ok = answer.status === 200;
  if (json) return Response.json(ok ? { ok: true } : { ok: false, fieldErrors: answer.fieldErrors ?? {}, formError: answer.formError ?? null }, { status: answer.status, headers: { "Cache-Control": "no-store" } });
  const secure = secureCookies() ? "; Secure" : "";
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (ok) {
    headers.set("Location", `/${locale}/registration/thanks`);
    headers.append("Set-Cookie", `${FORM_STATE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure}`);
  } else {
    const id = randomUUID();
    const state = encodeFormState({ id, values: answer.values ?? {}, errors: answer.fieldErrors ?? {}, formError: answer.formError ?? null });
    headers.set("Location", `/${locale}/registration?r=${id}`);
    headers.append("Set-Cookie", `${FORM_STATE_COOKIE}=${state}; Path=/; Max-Age=${FORM_STATE_MAX_AGE}; HttpOnly; SameSite=Strict${secure}`);
  }
  return new Response(null, { status: 303, headers });
}

export async function POST(req: NextRequest): Promise<Response> {
  const contentType = req.headers.get("content-type") ?? "";
  const body = contentType.startsWith("application/x-www-form-urlencoded") ? await readCapped(req, BODY_MAX) : null;
  const fields = body === null ? null : formFields(body);
  const locale: Locale = fields?.locale === "en" ? "en" : "fr";
  // Only a refusal has words to say: a recorded visit answers without building a translator.
  let t: Translate | null = null;
  const message = (key: string, values?: Record<string, string | number>) => {
    t ??= createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translate;
    return t.has(key) ? t(key, values) : t("kiosk.errors.invalid");
  };
  const values = Object.fromEntries(KEPT.map((k) => [k, (fields?.[k] ?? "").slice(0, 1_000)]));
  if (!fields) return respond(req, locale, { status: body === null && contentType.startsWith("application/x-www-form-urlencoded") ? 413 : 400, formError: message("kiosk.errors.invalid"), values });

  if (!(await allowKioskSubmission(requestIp(req.headers)))) return respond(req, locale, { status: 429, formError: message("kiosk.errors.tooMany"), values });

  const parsed = kioskSchema.safeParse(fields);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    // The kiosk's own rules name their message; the object-level "email or phone" rule only runs once every
    // field parses, so it is checked here too, to list every message at once.
    for (const issue of parsed.error.issues) if (issue.code === "custom" && issue.message.startsWith("kiosk.")) errors[String(issue.path[0])] = { key: issue.message };
    if (!fields.email?.trim() && !fields.phone?.trim()) errors.email = { key: "kiosk.errors.contact" };
    const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, e]) => [KEPT.includes(field) ? field : "_form", message(e.key, e.values)]));
    const { _form, ...perField } = fieldErrors;
    return respond(req, locale, { status: 422, fieldErrors: perField, formError: _form ? message("kiosk.errors.invalid") : message("kiosk.errors.fix"), values });
  }
  if (!(await reasonAccepted(parsed.data.reason))) return respond(req, locale, { status: 422, fieldErrors: { reason: message("validation.choice") }, formError: message("kiosk.errors.fix"), values });
  try {
    await inTurn(() => registerVisit(parsed.data));
  } catch (error) {
    const ref = randomUUID().slice(0, 8);
    console.error(`[kiosk error ${ref}]`, error);
    return respond(req, locale, { status: 500, formError: message("kiosk.errors.unexpected", { ref }), values });
  }
  return respond(req, locale, { status: 200 });
}
