"use client";
import { useTranslations } from "next-intl";
import type { FieldError } from "@/lib/actions/errors";

/** A labelled control with its translated error right under it, linked for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  required,
  children,
}: {
  id: string;
  label: string;
  error?: FieldError;
  hint?: string;
  required?: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
        {required && (
          <span className="text-red-700 dark:text-red-400" aria-hidden>
            {" "}*
          </span>
        )}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(error.key, error.values ?? {})}
        </p>
      )}
    </div>
  );
}

/** Props that tie an input to its Field's error and hint. */
export function describedBy(id: string, error?: FieldError, hint?: string) {
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}
