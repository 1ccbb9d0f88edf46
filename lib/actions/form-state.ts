import type { Action } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/errors";

/** What a form shows after a submission: the action's answer and the text typed in each field. */
export type FormState<T> = { result: ActionResult<T> | null; values: Record<string, string> };

export const EMPTY_FORM_STATE: FormState<never> = { result: null, values: {} };

// Passwords and tokens are never sent back: without scripts the state is written into the page's HTML.
const SECRET_FIELD = /password|token/i;

/** Runs an action on a submitted form, for `useActionState`, keeping what was typed so nothing is lost. */
export async function formStateOf<T>(action: Action<T>, form: FormData): Promise<FormState<T>> {
  const values: Record<string, string> = {};
  form.forEach((value, key) => {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !SECRET_FIELD.test(key)) values[key] = value;
  });
  return { result: await action(form), values };
}
