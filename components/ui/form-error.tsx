"use client";
import { useTranslations } from "next-intl";

/** The translated form-level message of a failed action, with its reference when there is one. */
export function FormError({ error }: { error: { error: string; ref?: string } | null }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <p className="alert-error" role="alert">
      {t(error.error, { ref: error.ref ?? "" })}
    </p>
  );
}
