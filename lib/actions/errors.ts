/** An expected failure whose message is a key under `errors.` in the messages. */
export class ActionError extends Error {
  constructor(
    public readonly key: string,
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

export type FieldError = { key: string; values?: Record<string, string | number> };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; ref?: string; fieldErrors?: Record<string, FieldError>; extra?: Record<string, unknown> };
