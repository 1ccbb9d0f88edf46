/**
 * Whether a state-changing request comes from this app's own pages: the Origin header (sent by browsers on every
 * POST), else Sec-Fetch-Site, must not name another site. A request with neither (a script, a test) is not a
 * browser's cross-site request and is judged on its session alone.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  if (origin === "null") return false;
  const site = request.headers.get("sec-fetch-site");
  return !site || site === "same-origin" || site === "none";
}
