import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/auth/permissions";
import { ActionError, type ActionResult, type FieldError } from "@/lib/actions/errors";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";
import { formDataToObject } from "@/lib/actions/form-data";

export type Action<T> = (input: unknown) => Promise<ActionResult<T>>;

type Options<S extends z.ZodType, T> = {
  /** null: any signed-in user (own profile, own preferences). */
  permission: Permission | null;
  /** A further right to check before parsing, such as the access matrix's row for a module (`canModule`). */
  allowed?: (user: CurrentUser) => Promise<boolean>;
  /** The one action a user who must replace a generated password may still run. */
  passwordChange?: boolean;
  schema: S;
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<T>;
};

/**
 * Every signed-in server action goes through here: a live session, then the role's permission, then a strict
 * zod parse, and only then the handler, which applies the record's scope itself. Failures are message keys;
 * unexpected errors are logged with a reference shown to the user.
 */
export function defineAction<S extends z.ZodType, T>(options: Options<S, T>, getUser = getCurrentUser): Action<T> {
  return async (input: unknown) => {
    const user = await getUser();
    if (!user) return { ok: false, error: "errors.unauthenticated" };
    if (user.mustChangePassword && !options.passwordChange) return { ok: false, error: "errors.passwordChangeRequired" };
    if (options.permission && !can(user, options.permission)) return { ok: false, error: "errors.forbidden" };
    if (options.allowed && !(await options.allowed(user))) return { ok: false, error: "errors.forbidden" };
    return parseAndRun(options.schema, input, (data) => options.handler(data, user));
  };
}

/** The few actions a visitor may call without a session (forgotten password): same parsing and error rules. */
export function definePublicAction<S extends z.ZodType, T>(options: { schema: S; handler: (input: z.infer<S>) => Promise<T> }): Action<T> {
  return (input: unknown) => parseAndRun(options.schema, input, options.handler);
}

async function parseAndRun<S extends z.ZodType, T>(schema: S, input: unknown, run: (data: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  let parsed: z.ZodSafeParseResult<z.infer<S>>;
  try {
    parsed = await schema.safeParseAsync(input instanceof FormData ? formDataToObject(input) : input);
  } catch (error) {
    // A refinement or transform that throws on input nobody planned for is the sender's mistake, not a server
    // fault: the user gets « some fields need correcting », never a 500.
    console.warn("[action input refused]", error);
    return { ok: false, error: "errors.invalid" };
  }
  if (!parsed.success) return { ok: false, error: "errors.invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof ActionError) {
      const { fieldErrors, ...extra } = error.extra as { fieldErrors?: Record<string, FieldError> };
      return { ok: false, error: error.key, ...(fieldErrors ? { fieldErrors } : {}), extra };
    }
    // redirect() and notFound() signal by throwing: let them through.
    if (error && typeof error === "object" && "digest" in error && /^NEXT_/.test(String((error as { digest: unknown }).digest))) throw error;
    const ref = randomUUID().slice(0, 8);
    console.error(`[action error ${ref}]`, error);
    return { ok: false, error: "errors.unexpected", ref };
  }
}
