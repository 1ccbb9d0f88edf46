"use client";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { changePassword, updateProfile } from "@/lib/users/actions";
import { routing } from "@/lib/i18n/routing";
import { CANADIAN_TIME_ZONES, timeZoneKey } from "@/lib/records/time-zones";
import { Field, describedBy } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";

export function ProfileForm({
  name,
  email,
  locale,
  timeZone,
  organisationTimeZone,
}: {
  name: string;
  email: string;
  locale: string;
  /** The user's own zone; null follows the organisation's. */
  timeZone: string | null;
  organisationTimeZone: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  // The organisation may use a zone outside the list: it is then shown by its name.
  const zoneLabel = (tz: string) => (t.has(`timeZones.${timeZoneKey(tz)}`) ? t(`timeZones.${timeZoneKey(tz)}`) : tz);
  const { formAction, pending, result, values, fieldErrors, formError } = useActionForm(updateProfile, (data) => {
    router.replace(pathname, { locale: data.locale });
    router.refresh();
  });
  return (
    <form action={formAction} className="card space-y-4" noValidate>
      <h2 className="font-semibold">{t("profile.details")}</h2>
      {result?.ok && <p className="alert-success">{t("common.saved")}</p>}
      <FormError error={formError} />
      <Field id="name" label={t("profile.name")} error={fieldErrors.name} required>
        <input {...describedBy("name", fieldErrors.name)} name="name" required maxLength={255} className="input" defaultValue={values.name ?? name} />
      </Field>
      <div>
        <span className="label">{t("profile.email")}</span>
        <p className="text-sm">{email}</p>
      </div>
      <Field id="locale" label={t("profile.locale")} error={fieldErrors.locale}>
        <select {...describedBy("locale", fieldErrors.locale)} name="locale" className="input" defaultValue={values.locale ?? locale}>
          {routing.locales.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="timeZone" label={t("profile.timeZone")} error={fieldErrors.timeZone} hint={t("profile.timeZoneHint")}>
        <select
          {...describedBy("timeZone", fieldErrors.timeZone, t("profile.timeZoneHint"))}
          name="timeZone"
          className="input"
          defaultValue={values.timeZone ?? timeZone ?? ""}
        >
          <option value="">{t("profile.timeZoneOrganisation", { zone: zoneLabel(organisationTimeZone) })}</option>
          {CANADIAN_TIME_ZONES.map((tz) => (
            <option key={tz} value={tz}>
              {zoneLabel(tz)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("common.save")}
      </button>
    </form>
  );
}

export function PasswordForm() {
  const t = useTranslations();
  const { formAction, pending, result, fieldErrors, formError } = useActionForm(changePassword);
  return (
    <form action={formAction} className="card space-y-4" noValidate key={result?.ok ? "done" : "form"}>
      <h2 className="font-semibold">{t("profile.changePassword")}</h2>
      {result?.ok && <p className="alert-success">{t("profile.passwordChanged")}</p>}
      <FormError error={formError && formError.error !== "errors.invalid" ? formError : null} />
      <Field id="currentPassword" label={t("profile.currentPassword")} error={fieldErrors.currentPassword} required>
        <input {...describedBy("currentPassword", fieldErrors.currentPassword)} name="currentPassword" type="password" required className="input" autoComplete="current-password" />
      </Field>
      <Field id="newPassword" label={t("profile.newPassword")} error={fieldErrors.newPassword} hint={t("auth.passwordHint")} required>
        <input {...describedBy("newPassword", fieldErrors.newPassword, t("auth.passwordHint"))} name="newPassword" type="password" required maxLength={128} className="input" autoComplete="new-password" />
      </Field>
      <Field id="confirmPassword" label={t("auth.confirmPassword")} error={fieldErrors.confirmPassword} required>
        <input {...describedBy("confirmPassword", fieldErrors.confirmPassword)} name="confirmPassword" type="password" required maxLength={128} className="input" autoComplete="new-password" />
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("common.save")}
      </button>
    </form>
  );
}
