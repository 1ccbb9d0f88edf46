"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { db } from "@/lib/db";
import { definePublicAction } from "@/lib/actions/define-action";
import { afterResponse } from "@/lib/after-response";
import { ActionError } from "@/lib/actions/errors";
import { formStateOf, type FormState } from "@/lib/actions/form-state";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { passwordProblem } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { requestIp } from "@/lib/auth/request-ip";
import { allowForgotRequest } from "@/lib/auth/throttle";
import { setSessionCookie } from "@/lib/auth/session-cookie";
import { signInWithPassword } from "@/lib/auth/sign-in";

export const forgotPassword = definePublicAction({
  schema: z.object({ email: z.string().trim().toLowerCase().max(255).pipe(z.email()) }).strict(),
  async handler({ email }) {
    // Counted like failed sign-ins per address of the requester, so the form cannot be hammered.
    if (!(await allowForgotRequest(requestIp(await headers())))) throw new ActionError("errors.tooMany");
    // Looking the account up, creating the token and mailing happen after the answer: it then takes as long
    // and says the same whether or not the address has an account, and whether or not the mail goes out.
    afterResponse("password reset", () => requestPasswordReset(email));
    return { sent: true };
  },
});

export const setNewPassword = definePublicAction({
  schema: z.object({ token: z.string().min(10).max(128), password: z.string().max(256), confirmPassword: z.string().max(256) }).strict(),
  async handler({ token, password, confirmPassword }) {
    const problem = passwordProblem(password);
    if (problem) throw new ActionError("errors.invalid", { fieldErrors: { password: { key: problem } } });
    if (password !== confirmPassword) throw new ActionError("errors.invalid", { fieldErrors: { confirmPassword: { key: "auth.mismatch" } } });
    if (!(await resetPassword(token, password))) throw new ActionError("auth.resetInvalid");
    return { reset: true };
  },
});

/**
 * The only way to sign in. The same rules as ever (signInWithPassword: lockout, throttle, one answer for every
 * failure); on success the next-auth session cookie is written here and the browser is sent on, which works
 * whether the form was posted by React or, before scripts load, by the browser itself.
 */
const signIn = definePublicAction({
  // Lengths are left to signInWithPassword, so an over-long entry is answered like any wrong password.
  schema: z.object({ email: z.string().max(2000), password: z.string().max(2000), callbackUrl: z.string().max(2048).optional() }).strict(),
  async handler({ email, password, callbackUrl }): Promise<never> {
    const h = await headers();
    const result = await signInWithPassword({ email, password }, { ip: requestIp(h), userAgent: h.get("user-agent") ?? undefined });
    if (!result.ok) throw new ActionError(`auth.${result.reason}`);
    await setSessionCookie(result);
    // The language of the page signed in from becomes the account's (emails, next sign-in).
    const locale = await getLocale();
    await db.user.update({ where: { id: result.userId }, data: { locale } });
    redirect(safeCallbackUrl(callbackUrl, `/${locale}`));
  },
});

// The forms' actions, for useActionState: (previous state, form) → next state.

export async function signInForm(_previous: FormState<never>, form: FormData): Promise<FormState<never>> {
  return formStateOf(signIn, form);
}

export async function forgotPasswordForm(_previous: FormState<{ sent: boolean }>, form: FormData): Promise<FormState<{ sent: boolean }>> {
  return formStateOf(forgotPassword, form);
}

export async function setNewPasswordForm(_previous: FormState<{ reset: boolean }>, form: FormData): Promise<FormState<{ reset: boolean }>> {
  const state = await formStateOf(setNewPassword, form);
  if (state.result?.ok) redirect(`/${await getLocale()}/login?reason=reset`);
  return state;
}
