// Headers set on every response (security guide §9). The CSP carries a per-request nonce that Next.js puts on
// its own scripts; nothing else may run.
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export const isHttpsUrl = (url: string | undefined): boolean => /^https:\/\//i.test(url ?? "");

/**
 * The headers next.config.ts puts on every address. HSTS only when the public address is https: on a
 * plain-http trial it would be ignored at best, and would pin the name to https at worst.
 */
export function staticSecurityHeaders(appUrl: string | undefined): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(isHttpsUrl(appUrl) ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
