/**
 * FormData → object for the zod schemas. Fields named `x[]` become arrays; React's own hidden `$ACTION_…`
 * fields are dropped so that strict schemas only see what the form sent.
 *
 * The object has no prototype: a field named `constructor[]`, `toString` or `__proto__` is then an ordinary
 * unknown key that the strict schema refuses, instead of an inherited built-in that crashes the conversion or
 * changes the object's prototype.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      const previous = out[key];
      out[key] = Array.isArray(previous) ? [...previous, value] : [value];
    } else {
      out[name] = value;
    }
  }
  return out;
}
