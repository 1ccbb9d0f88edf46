"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { signInForm } from "@/lib/auth/public-actions";
import { useProgressiveActionForm } from "@/components/ui/use-action-form";

/**
 * Posts to the sign-in server action, with or without scripts: the browser never puts the password in the
 * address, and the same rules and messages apply either way.
 */
export function LoginForm({ callbackUrl, notice, permalink }: { callbackUrl?: string; notice?: string; permalink: string }) {
  const t = useTranslations();
  const { formAction, pending, result, values } = useProgressiveActionForm(signInForm, permalink);
  const failure = result && !result.ok ? result : null;
  // One message for every refusal (unknown account, wrong password, malformed entry), except a lockout and our own faults.
  const error = !failure
    ? null
    : failure.error === "auth.locked" || failure.error === "errors.unexpected"
      ? t(failure.error, { ref: failure.ref ?? "" })
      : t("auth.invalid");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div>
        <h1 className="text-xl font-semibold">{t("auth.loginTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("auth.loginIntro")}</p>
      </div>
      {!error && notice === "reset" && (
        <p className="alert-success" role="status">
          {t("auth.resetDone")}
        </p>
      )}
      {!error && notice === "signedOut" && (
        <p className="alert-success" role="status">
          {t("auth.signedOut")}
        </p>
      )}
      {!error && notice === "expired" && <p className="alert-error">{t("auth.expired")}</p>}
      {error && (
        <p className="alert-error" role="alert">
          {error}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <div>
        <label htmlFor="email" className="label">
          {t("auth.email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={255} className="input" defaultValue={values.email} aria-invalid={!!error || undefined} />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t("auth.password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} className="input" aria-invalid={!!error || undefined} />
      </div>
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? t("auth.submitting") : t("auth.submit")}
      </button>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="text-brand-600 underline-offset-2 hover:underline dark:text-brand-100">
          {t("auth.forgot")}
        </Link>
      </p>
    </form>
  );
}
