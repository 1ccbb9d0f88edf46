"use client";
import { useTranslations } from "next-intl";
import { updateFileSettings } from "@/lib/files/settings-actions";
import { Field, describedBy } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { useActionForm } from "@/components/ui/use-action-form";

/** The upload size limit and the « CV à jour » period. */
export function FileSettingsForm({ settings }: { settings: { maxUploadMb: number; cvFreshMonths: number } }) {
  const t = useTranslations();
  const { formAction, pending, result, values, fieldErrors, formError } = useActionForm(updateFileSettings);
  const number = (name: "maxUploadMb" | "cvFreshMonths", min: number, max: number) => (
    <Field id={name} label={t(`files.${name}`)} error={fieldErrors[name]} hint={t(`files.${name}Hint`)} required>
      <input {...describedBy(name, fieldErrors[name], t(`files.${name}Hint`))} name={name} type="number" min={min} max={max} required className="input max-w-40" defaultValue={values[name] ?? settings[name]} />
    </Field>
  );
  return (
    <form action={formAction} className="card max-w-xl space-y-4" noValidate aria-labelledby="file-settings">
      <h2 id="file-settings" className="text-lg font-semibold">
        {t("files.settingsTitle")}
      </h2>
      {result?.ok && (
        <p className="alert-success" role="status">
          {t("common.saved")}
        </p>
      )}
      <FormError error={formError} />
      {number("maxUploadMb", 1, 200)}
      {number("cvFreshMonths", 1, 120)}
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("common.save")}
      </button>
    </form>
  );
}
