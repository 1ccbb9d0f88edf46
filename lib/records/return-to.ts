// « Planifier un appel » from a client's page: the form returns to that record after saving or cancelling. Only a
// record page's own path is accepted ("/clients/<id>"), never a full address, so it cannot send anyone elsewhere.
const RETURN_RE = /^\/([a-z][a-zA-Z]{1,40})\/([A-Za-z0-9_-]{1,64})$/;

/** The record page `value` names when `modules` includes its module; otherwise null. */
export function safeReturnTo(value: unknown, modules: readonly string[]): string | null {
  if (typeof value !== "string") return null;
  const m = RETURN_RE.exec(value);
  return m && modules.includes(m[1]) ? value : null;
}
