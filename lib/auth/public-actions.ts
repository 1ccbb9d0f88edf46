"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "@/lib/actions/define-action";
import { afterResponse } from "@/lib/after-response";
import { ActionError } from "@/lib/actions/errors";
import { passwordProblem } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { requestIp } from "@/lib/auth/request-ip";
import { allowForgotRequest } from "@/lib/auth/throttle";

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
