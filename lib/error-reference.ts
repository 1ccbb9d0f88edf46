/** The digest Next.js gives a server error: the same id is in the server log, never the error's text. */
export function errorReference(error: unknown): string | null {
  const digest = error && typeof error === "object" && "digest" in error ? (error as { digest: unknown }).digest : null;
  return typeof digest === "string" && digest ? digest : null;
}
