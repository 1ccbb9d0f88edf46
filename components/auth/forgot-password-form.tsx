"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { forgotPasswordForm } from "@/lib/auth/public-actions";
import { Field, describedBy } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useProgressiveActionForm } from "@/components/ui/use-action-form";

export function ForgotPasswordForm({ permalink }: { permalink: string }) {
  const t = useTranslations("auth");
  const { formAction, pending, result, values, fieldErrors, formError } = useProgressiveActionForm(forgotPasswordForm, permalink);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div>
        <h1 className="text-xl font-semibold">{t("forgotTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("forgotIntro")}</p>
      </div>
      {result?.ok ? (
        <p className="alert-success" role="status">
          {t("forgotSent")}
        </p>
      ) : (
        <>
          <FormError error={formError && !fieldErrors.email ? formError : null} />
          <Field id="email" label={t("email")} error={fieldErrors.email} required>
            <input {...describedBy("email", fieldErrors.email)} name="email" type="email" autoComplete="email" required maxLength={255} className="input" defaultValue={values.email} />
          </Field>
          <button type="submit" className="btn btn-primary w-full" disabled={pending}>
            {t("forgotSubmit")}
          </button>
        </>
      )}
      <p className="text-center text-sm">
        <Link href="/login" className="text-brand-600 hover:underline dark:text-brand-100">
          {t("backToLogin")}
        </Link>
      </p>
    </form>
  );
}
