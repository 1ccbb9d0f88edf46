"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/errors";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/actions/form-state";

function describe<T>(state: FormState<T>) {
  const failure = state.result && !state.result.ok ? state.result : null;
  return {
    result: state.result,
    values: state.values,
    fieldErrors: failure?.fieldErrors ?? {},
    formError: failure && !failure.fieldErrors ? failure : failure?.error === "errors.invalid" ? failure : null,
  };
}

/**
 * Runs a server action from a <form> and keeps what the user typed, so that a validation error never empties
 * the form. `values` holds the last submitted text of each field.
 */
export function useActionForm<T>(action: (input: FormData) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const [state, formAction, pending] = useActionState<FormState<T>, FormData>(
    async (_prev, form) => {
      const values: Record<string, string> = {};
      form.forEach((v, k) => {
        if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
      });
      const result = await action(form);
      if (result.ok) onSuccess?.(result.data);
      return { result, values };
    },
    EMPTY_FORM_STATE,
  );
  return { formAction, pending, ...describe(state) };
}

/**
 * The same for forms that must work before scripts load (sign-in, forgotten and new password): `action` is the
 * server action itself, so React renders a real POST form that the browser can send to `permalink` on its own,
 * and the page comes back with the new state. Success is handled by the action (a redirect or a state).
 */
export function useProgressiveActionForm<T>(action: (previous: FormState<T>, form: FormData) => Promise<FormState<T>>, permalink: string) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE as FormState<T>, permalink);
  return { formAction, pending, ...describe(state) };
}
