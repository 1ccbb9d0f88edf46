"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { createUser, updateUser } from "@/lib/users/actions";
import { ROLES } from "@/lib/auth/permissions";
import { routing } from "@/lib/i18n/routing";
import { Field, describedBy } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";

type UserValues = { id: string; name: string; email: string; role: string; locale: string };

export function UserForm({ user }: { user?: UserValues }) {
  const t = useTranslations();
  const router = useRouter();
  const { formAction, pending, values, fieldErrors, formError } = useActionForm(user ? updateUser : createUser, () => {
    router.push(`/admin/users?done=${user ? "updated" : "created"}`);
    router.refresh();
  });
  const v = (key: keyof UserValues) => values[key] ?? user?.[key] ?? "";
  const passwordHint = user ? t("users.passwordEditHint") : t("auth.passwordHint");
  return (
    <form action={formAction} className="card max-w-xl space-y-4" noValidate>
      <FormError error={formError} />
      {user && <input type="hidden" name="id" value={user.id} />}
      <Field id="name" label={t("users.name")} error={fieldErrors.name} required>
        <input {...describedBy("name", fieldErrors.name)} name="name" required maxLength={255} className="input" defaultValue={v("name")} autoComplete="off" />
      </Field>
      <Field id="email" label={t("users.email")} error={fieldErrors.email} required>
        <input {...describedBy("email", fieldErrors.email)} name="email" type="email" required maxLength={255} className="input" defaultValue={v("email")} autoComplete="off" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="role" label={t("users.role")} error={fieldErrors.role} required>
          <select {...describedBy("role", fieldErrors.role)} name="role" className="input" defaultValue={v("role") || "staff"}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="locale" label={t("users.locale")} error={fieldErrors.locale} required>
          <select {...describedBy("locale", fieldErrors.locale)} name="locale" className="input" defaultValue={v("locale") || "fr"}>
            {routing.locales.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="password" label={t("users.password")} error={fieldErrors.password} hint={passwordHint} required={!user}>
        <input {...describedBy("password", fieldErrors.password, passwordHint)} name="password" type="password" maxLength={128} className="input" autoComplete="new-password" />
      </Field>
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {t("common.save")}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => router.push("/admin/users")}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
