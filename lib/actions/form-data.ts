/**
 * FormData → plain object for the zod schemas. Fields named `x[]` become arrays; React's own hidden
 * `$ACTION_…` fields are dropped so that strict schemas only see what the form sent.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    } else {
      out[name] = value;
    }
  }
  return out;
}
