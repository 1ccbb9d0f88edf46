/** Keeps only same-origin paths, so that a crafted link cannot send a user elsewhere after sign-in. */
export function safeCallbackUrl(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value) || value.startsWith("/api/")) return fallback;
  return value;
}
