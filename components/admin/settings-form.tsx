"use client";
import { useTranslations } from "next-intl";
import { updateSettings } from "@/lib/settings-actions";
import { Field, describedBy } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";

export function SettingsForm({ settings, timeZones }: { settings: { timeZone: string; idleTimeoutMinutes: number }; timeZones: string[] }) {
  const t = useTranslations();
  const { formAction, pending, result, values, fieldErrors, formError } = useActionForm(updateSettings);
  return (
    <form action={formAction} className="card max-w-xl space-y-4" noValidate>
      {result?.ok && (
        <p className="alert-success" role="status">
          {t("common.saved")}
        </p>
      )}
      <FormError error={formError} />
      <Field id="timeZone" label={t("settings.timeZone")} error={fieldErrors.timeZone} hint={t("settings.timeZoneHint")} required>
        <select {...describedBy("timeZone", fieldErrors.timeZone, t("settings.timeZoneHint"))} name="timeZone" className="input" defaultValue={values.timeZone ?? settings.timeZone}>
          {timeZones.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
      </Field>
      <Field id="idleTimeoutMinutes" label={t("settings.idleTimeout")} error={fieldErrors.idleTimeoutMinutes} hint={t("settings.idleTimeoutHint")} required>
        <input
          {...describedBy("idleTimeoutMinutes", fieldErrors.idleTimeoutMinutes, t("settings.idleTimeoutHint"))}
          name="idleTimeoutMinutes"
          type="number"
          min={5}
          max={1440}
          required
          className="input max-w-40"
          defaultValue={values.idleTimeoutMinutes ?? settings.idleTimeoutMinutes}
        />
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("common.save")}
      </button>
    </form>
  );
}
