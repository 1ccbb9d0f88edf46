"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { updatePreferences } from "@/lib/users/actions";

export function LoginForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const params = useSearchParams();
  const [error, setError] = useState<"invalid" | "locked" | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", { redirect: false, email: form.get("email"), password: form.get("password") });
    if (!result?.ok) {
      setError(result?.error === "locked" ? "locked" : "invalid");
      setPending(false);
      return;
    }
    // The language chosen here becomes the account's language (emails, next sign-in).
    await updatePreferences({ locale });
    window.location.assign(safeCallbackUrl(params.get("callbackUrl"), `/${locale}`));
  }

  const notice = params.get("reason");
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div>
        <h1 className="text-xl font-semibold">{t("loginTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("loginIntro")}</p>
      </div>
      {notice === "reset" && <p className="alert-success">{t("resetDone")}</p>}
      {notice === "expired" && !error && <p className="alert-error">{t("expired")}</p>}
      {error && (
        <p className="alert-error" role="alert">
          {t(error)}
        </p>
      )}
      <div>
        <label htmlFor="email" className="label">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={255} className="input" aria-invalid={!!error || undefined} />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} className="input" aria-invalid={!!error || undefined} />
      </div>
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="text-brand-600 underline-offset-2 hover:underline dark:text-brand-100">
          {t("forgot")}
        </Link>
      </p>
    </form>
  );
}
