"use client";
import { useTranslations } from "next-intl";
import { setNewPasswordForm } from "@/lib/auth/public-actions";
import { Field, describedBy } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useProgressiveActionForm } from "@/components/ui/use-action-form";

export function ResetPasswordForm({ token, permalink }: { token: string; permalink: string }) {
  const t = useTranslations("auth");
  // On success the action sends the browser to the login page.
  const { formAction, pending, fieldErrors, formError } = useProgressiveActionForm(setNewPasswordForm, permalink);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("resetTitle")}</h1>
      <FormError error={formError && formError.error !== "errors.invalid" ? formError : null} />
      <input type="hidden" name="token" value={token} />
      <Field id="password" label={t("newPassword")} error={fieldErrors.password} hint={t("passwordHint")} required>
        <input {...describedBy("password", fieldErrors.password, t("passwordHint"))} name="password" type="password" autoComplete="new-password" required maxLength={128} className="input" />
      </Field>
      <Field id="confirmPassword" label={t("confirmPassword")} error={fieldErrors.confirmPassword} required>
        <input {...describedBy("confirmPassword", fieldErrors.confirmPassword)} name="confirmPassword" type="password" autoComplete="new-password" required maxLength={128} className="input" />
      </Field>
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {t("resetSubmit")}
      </button>
    </form>
  );
}
