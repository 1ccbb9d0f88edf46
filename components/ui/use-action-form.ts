"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/errors";

type State<T> = { result: ActionResult<T> | null; values: Record<string, string> };

/**
 * Runs a server action from a <form> and keeps what the user typed, so that a validation error never empties
 * the form. `values` holds the last submitted text of each field.
 */
export function useActionForm<T>(action: (input: FormData) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const [state, formAction, pending] = useActionState<State<T>, FormData>(
    async (_prev, form) => {
      const values: Record<string, string> = {};
      form.forEach((v, k) => {
        if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
      });
      const result = await action(form);
      if (result.ok) onSuccess?.(result.data);
      return { result, values };
    },
    { result: null, values: {} },
  );
  const failure = state.result && !state.result.ok ? state.result : null;
  return {
    formAction,
    pending,
    result: state.result,
    values: state.values,
    fieldErrors: failure?.fieldErrors ?? {},
    formError: failure && !failure.fieldErrors ? failure : failure?.error === "errors.invalid" ? failure : null,
  };
}
